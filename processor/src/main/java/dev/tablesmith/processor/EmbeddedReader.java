package dev.tablesmith.processor;

import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.Embedding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Reads an {@code @Embedded} property into the columns of its type's components, each named with the property's
 * snake_case name as a prefix ({@code shipTo.street} → {@code ship_to_street}) and always nullable, so that a null
 * value is all NULLs. The components are read by {@link ColumnReader}, like a model's fields; what an embedded value
 * cannot hold (nested embeddings, primitives, keys, NOT NULL columns, unmapped types) and types generated code cannot
 * create are reported on the property's {@code @Embedded}.
 */
final class EmbeddedReader {
    static final String EMBEDDED = "dev.tablesmith.Embedded";
    private static final String CONVERT = "dev.tablesmith.Convert";
    private static final List<String> KEYS = List.of("dev.tablesmith.Id", "dev.tablesmith.Version",
            "dev.tablesmith.References");

    private final Elements elements;
    private final PropertyScanner scanner;
    private final ColumnReader columns;
    private final ErrorReporter errors;

    EmbeddedReader(Elements elements, PropertyScanner scanner, ColumnReader columns, ErrorReporter errors) {
        this.elements = elements;
        this.scanner = scanner;
        this.columns = columns;
        this.errors = errors;
    }

    /** Whether {@code property} is declared {@code @Embedded}. */
    static boolean isEmbedded(Property property) {
        return Annotations.mirror(property.element(), EMBEDDED).isPresent();
    }

    /** The columns of the embedded {@code property}; none when it has errors, which are reported. */
    List<ColumnDescriptor> read(TypeElement model, String table, Property property, NameAllocator fields) {
        Element element = property.element();
        AnnotationMirror mirror = Annotations.mirror(element, EMBEDDED).orElseThrow();
        if (property.read() == null) {
            errors.error(element, Message.INACCESSIBLE_FIELD, property.name(),
                    PropertyScanner.getterName(property.name(), property.type()));
            return List.of();
        }
        Optional<TypeElement> type = embeddable(model, property, mirror);
        if (type.isEmpty()) {
            return List.of();
        }
        boolean record = type.get().getKind() == ElementKind.RECORD;
        List<Property> components = scanner.scan(type.get());
        if (!record && components.stream().anyMatch(c -> c.write() == null)) {
            errors.error(element, mirror, Message.EMBEDDED_TYPE, property.name(), type.get().getQualifiedName(),
                    "has a field generated code cannot set");
            return List.of();
        }
        String prefix = SnakeCase.of(property.name()) + "_";
        List<ColumnDescriptor> read = new ArrayList<>();
        boolean valid = true;
        for (Property component : components) {
            if (!componentMappable(property, type.get(), component, mirror)) {
                valid = false;
                continue;
            }
            Optional<ColumnDescriptor> column = columns.read(type.get(), table, component, fields.clone());
            if (column.isEmpty()) {
                valid = false;
                continue;
            }
            String name = prefix + column.get().name();
            Names.checkLength(errors, element, "Column", name);
            String propertyName = property.name() + component.name().substring(0, 1).toUpperCase(Locale.ROOT)
                    + component.name().substring(1);
            Embedding embedding = new Embedding(property.name(), TypeName.get(property.type()), property.read(),
                    property.write(), record, component.name(), component.read(), component.write());
            read.add(column.get().embedded(propertyName, name,
                    fields.newName(Names.columnField(name), property.name() + "." + component.name()),
                    column.get().unique() ? Names.uniqueKey(table, name) : null, element, embedding));
        }
        return valid ? read : List.of();
    }

    /** The embedded type, when generated code in the model's package can create and read it. */
    private Optional<TypeElement> embeddable(TypeElement model, Property property, AnnotationMirror mirror) {
        String problem = null;
        TypeElement type = null;
        if (property.type().getKind() != TypeKind.DECLARED) {
            problem = "is not a record or a class";
        } else {
            type = (TypeElement) ((DeclaredType) property.type()).asElement();
            boolean samePackage = elements.getPackageOf(type).equals(elements.getPackageOf(model));
            if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
                problem = "is " + type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            } else if (!type.getTypeParameters().isEmpty()) {
                problem = "is generic";
            } else if (!type.getModifiers().contains(Modifier.PUBLIC) && !samePackage
                    || type.getModifiers().contains(Modifier.PRIVATE)) {
                problem = "is not accessible from the model's package";
            } else if (type.getKind() == ElementKind.CLASS && (type.getModifiers().contains(Modifier.ABSTRACT)
                    || !scanner.hasNoArgConstructor(type))) {
                problem = "is a class without a no-argument constructor";
            } else if (scanner.scan(type).isEmpty()) {
                problem = "has no components to store";
            }
        }
        if (problem != null) {
            errors.error(property.element(), mirror, Message.EMBEDDED_TYPE, property.name(), property.type(),
                    problem);
            return Optional.empty();
        }
        return Optional.of(type);
    }

    /** Whether {@code component} of the embedded type can be one of its columns; reports why not. */
    private boolean componentMappable(Property property, TypeElement type, Property component,
            AnnotationMirror mirror) {
        Element element = component.element();
        String problem = null;
        if (Annotations.mirror(element, EMBEDDED).isPresent()) {
            problem = "is itself @Embedded: embeddings do not nest; declare its components in "
                    + type.getSimpleName() + " instead";
        } else if (KEYS.stream().anyMatch(key -> Annotations.mirror(element, key).isPresent())) {
            problem = "is an @Id, @Version or @References, which only a model's own field can be";
        } else if (Annotations.mirror(element, "dev.tablesmith.Column")
                .flatMap(column -> Annotations.explicitValue(column, "nullable"))
                .map(value -> Boolean.FALSE.equals(value.getValue())).orElse(false)) {
            problem = "is @Column(nullable = false), but each column of an embedded value is nullable, so that a "
                    + "null value is all NULLs; remove nullable = false";
        } else if (component.type().getKind().isPrimitive()) {
            problem = "is a " + component.type() + ": an embedded value can be null, so each of its columns can be "
                    + "NULL; use " + TypeName.get(component.type()).box();
        } else if (TypeMapper.columnType(component.type()).isEmpty()
                && Annotations.mirror(element, CONVERT).isEmpty()) {
            problem = "has type " + component.type() + ", which Tablesmith cannot map to a column; supported types "
                    + "are " + ColumnType.supportedList();
        }
        if (problem != null) {
            errors.error(property.element(), mirror, Message.EMBEDDED_COMPONENT, property.name(),
                    type.getSimpleName(), component.name(), problem);
            return false;
        }
        return true;
    }
}

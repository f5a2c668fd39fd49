package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;
import dev.tablesmith.RenamedFrom;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ForeignKeyDescriptor;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one property of a model into a {@link ColumnDescriptor}: its type, what {@code @Column}, {@code @Id},
 * {@code @Version}, {@code @RenamedFrom} and {@code @References} say, and every name the writers and the schema
 * stage use (the column's, its field's in {@code XTable}, its unique key's, its foreign key's). Reports each
 * problem on the property.
 */
final class ColumnReader {
    private static final String COLUMN = "dev.tablesmith.Column";
    private static final String REFERENCES = "dev.tablesmith.References";
    private static final String VERSION = "dev.tablesmith.Version";
    private static final String TRANSIENT = "dev.tablesmith.Transient";
    private static final String JSON = "dev.tablesmith.Json";

    private final Elements elements;
    private final Types types;
    private final PropertyScanner scanner;
    private final RelationFields relations;
    private final ConverterReader converters;
    private final ErrorReporter errors;
    private final boolean quotedNameWarnings;

    ColumnReader(Elements elements, Types types, PropertyScanner scanner, ErrorReporter errors,
            boolean quotedNameWarnings) {
        this.elements = elements;
        this.types = types;
        this.scanner = scanner;
        this.errors = errors;
        this.relations = new RelationFields(elements, types, scanner, errors);
        this.converters = new ConverterReader(elements, types, errors);
        this.quotedNameWarnings = quotedNameWarnings;
    }

    /**
     * The column of {@code property}, or nothing when it has errors. {@code fields} allocates the names of the
     * table class's members; it holds the table constant and the fields of the columns before this one.
     */
    Optional<ColumnDescriptor> read(TypeElement model, String table, Property property, NameAllocator fields) {
        Element element = property.element();
        if (model.getKind() == ElementKind.RECORD && isTransientComponent(model, property.name())) {
            errors.error(element, Message.TRANSIENT_COMPONENT, property.name());
            return Optional.empty();
        }
        ConverterReader.Converted converted = converters.read(model, property);
        if (converted == ConverterReader.INVALID) {
            return Optional.empty();
        }
        Optional<ColumnType> type = converted != null ? Optional.of(converted.type())
                : TypeMapper.columnType(property.type());
        Optional<AnnotationMirror> json = Annotations.mirror(element, JSON);
        if (json.isPresent()) {
            if (!JsonColumns.check(errors, element, json.get(), property, type)) {
                return Optional.empty();
            }
            type = Optional.of(ColumnType.JSON);
        }
        if (type.isEmpty()) {
            if (relations.reportIfRelation(model, property)) {
                return Optional.empty();
            }
            errors.error(element, Message.UNSUPPORTED_TYPE, property.name(), property.type(),
                    ColumnType.supportedList());
            return Optional.empty();
        }
        if (property.read() == null) {
            errors.error(element, Message.INACCESSIBLE_FIELD, property.name(),
                    PropertyScanner.getterName(property.name(), property.type()));
            return Optional.empty();
        }
        Column column = element.getAnnotation(Column.class);
        Optional<AnnotationMirror> columnMirror = Annotations.mirror(element, COLUMN);
        String name = column == null || column.name().isEmpty() ? SnakeCase.of(property.name()) : column.name();
        if (column != null) {
            Names.checkExplicit(errors, element, "Column", column.name());
        }
        Names.checkLength(errors, element, "Column", name);
        ReservedWords.warnIfReserved(errors, quotedNameWarnings, element, "Column", name);

        if (column != null) {
            checkSize(element, columnMirror.orElse(null), property.name(), type.get(), column);
            checkDefault(element, columnMirror.orElse(null), property.name(), column.defaultValue());
        }
        Id id = element.getAnnotation(Id.class);
        boolean isId = id != null;
        boolean generated = isId && id.generated() && type.get().integral()
                && !CompositeKeys.isComposite(scanner, model);
        boolean primitive = property.type().getKind().isPrimitive();
        if (isId && column != null && columnMirror.flatMap(m -> Annotations.explicitValue(m, "nullable"))
                .map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false)) {
            errors.error(element, columnMirror.orElse(null), Message.ID_NULLABLE, property.name());
        }
        boolean nullable = !isId && !primitive && (column == null || column.nullable())
                && !Annotations.hasNonNull(element, property.type());
        if (generated && column != null && !column.defaultValue().isEmpty()) {
            errors.error(element, columnMirror.orElse(null),
                    columnMirror.flatMap(m -> Annotations.explicitValue(m, "defaultValue")).orElse(null),
                    Message.GENERATED_ID_DEFAULT, property.name(), column.defaultValue());
        }
        boolean version = Annotations.mirror(element, VERSION).isPresent();
        if (version && !type.get().integral()) {
            errors.error(element, Message.VERSION_TYPE, property.name(), property.type());
        }
        boolean unique = column != null && column.unique();
        RenamedFrom renamed = element.getAnnotation(RenamedFrom.class);
        ForeignKeyDescriptor reference = reference(element, table, name, property).orElse(null);
        if (reference != null && !nullable) {
            checkSetNull(element, property, reference, isId || primitive ? "a " + (isId ? "primary key" : "primitive")
                    : "declared non-null");
        }
        // The element is the tag: two properties of one name are a duplicate column, reported by the model.
        String fieldName = fields.newName(Names.columnField(name), element);
        return Optional.of(new ColumnDescriptor(property.name(), name, fieldName, type.get(),
                TypeName.get(property.type()), nullable, unique, unique && !isId ? Names.uniqueKey(table, name) : null,
                column != null && column.index(), column == null ? 255 : column.length(),
                column == null ? 19 : column.precision(), column == null ? 4 : column.scale(),
                column == null ? "" : column.defaultValue(), isId, generated, version,
                renamed == null ? "" : renamed.value(), property.read(), property.write(), reference, element,
                converted == null ? null : converted.converter(), null));
    }

    /**
     * Reports sizes no database accepts, which would otherwise only fail when the table is created, and sizes
     * written for a column whose type takes none, which would be dropped without a word.
     */
    private void checkSize(Element element, AnnotationMirror mirror, String property, ColumnType type,
            Column column) {
        boolean text = type == ColumnType.STRING || type == ColumnType.ENUM;
        for (String size : java.util.List.of("length", "precision", "scale")) {
            boolean applies = size.equals("length") ? text : type == ColumnType.BIG_DECIMAL;
            Optional<javax.lang.model.element.AnnotationValue> value = mirror == null ? Optional.empty()
                    : Annotations.explicitValue(mirror, size);
            if (!applies && value.isPresent()) {
                errors.error(element, mirror, value.get(), Message.IGNORED_ANNOTATION, "Column(" + size + ")",
                        "field " + property, "only " + (size.equals("length") ? "a text (String or enum)"
                                : "a decimal (BigDecimal)") + " column has a " + size + ", and this is a "
                                + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " column",
                        "remove " + size + " = ...");
            }
        }
        if ((type == ColumnType.STRING || type == ColumnType.ENUM) && column.length() < 1) {
            errors.error(element, mirror, Message.COLUMN_SIZE, property, "length = " + column.length());
        }
        if (type == ColumnType.BIG_DECIMAL && (column.precision() < 1 || column.scale() < 0
                || column.scale() > column.precision())) {
            errors.error(element, mirror, Message.COLUMN_SIZE, property,
                    "precision = " + column.precision() + ", scale = " + column.scale());
        }
    }

    /**
     * Reports {@code onDelete = SET_NULL} on a NOT NULL column: the database would refuse to set it to NULL, so every
     * delete of a referenced row would fail with a constraint violation instead of clearing the reference.
     */
    private void checkSetNull(Element element, Property property, ForeignKeyDescriptor reference, String why) {
        if (reference.onDelete() == ReferenceAction.SET_NULL) {
            errors.error(element, reference.annotation(),
                    Annotations.explicitValue(reference.annotation(), "onDelete").orElse(null),
                    Message.REFERENCE_SET_NULL, property.name(), why);
        }
    }

    /** Reports a default that is not exactly one SQL expression, which would otherwise run as written. */
    private void checkDefault(Element element, AnnotationMirror mirror, String property, String defaultValue) {
        if (defaultValue.isEmpty()) {
            return;
        }
        DefaultValues.problem(defaultValue).ifPresent(problem -> errors.error(element, mirror,
                mirror == null ? null : Annotations.explicitValue(mirror, "defaultValue").orElse(null),
                Message.INVALID_DEFAULT, property, defaultValue, problem));
    }

    /** {@code @Transient} targets fields, so on a record component it lands on the component's private field. */
    private static boolean isTransientComponent(TypeElement record, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name) && Annotations.mirror(field, TRANSIENT).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<ForeignKeyDescriptor> reference(Element element, String table, String column,
            Property property) {
        Optional<AnnotationMirror> mirror = Annotations.mirror(element, REFERENCES);
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeclaredType> target = Annotations.classValue(mirror.get(), "value");
        if (target.isEmpty()) {
            return Optional.empty(); // javac reports the missing or unresolvable class itself
        }
        TypeElement targetType = (TypeElement) target.get().asElement();
        if (targetType.getAnnotation(Model.class) == null || ModelBinds.isBase(targetType)) {
            errors.error(element, mirror.get(), Message.REFERENCE_NOT_MODEL, targetType.getSimpleName(),
                    property.name(), targetType.getQualifiedName());
            return Optional.empty();
        }
        if (CompositeKeys.isComposite(scanner, targetType)) {
            errors.error(element, mirror.get(), Message.REFERENCE_COMPOSITE, targetType.getSimpleName(),
                    property.name(), targetType.getSimpleName(), CompositeKeys.idNames(scanner, targetType));
            return Optional.empty();
        }
        Optional<Property> targetId = scanner.scan(targetType).stream()
                .filter(p -> p.element().getAnnotation(Id.class) != null)
                .findFirst();
        if (targetId.isPresent() && !types.isSameType(types.erasure(boxed(targetId.get().type().toString())),
                types.erasure(boxed(property.type().toString())))) {
            errors.error(element, mirror.get(), Message.REFERENCE_TYPE, property.name(), property.type(),
                    targetType.getSimpleName(), targetId.get().type());
            return Optional.empty();
        }
        References references = element.getAnnotation(References.class);
        ReferenceAction onDelete = references == null ? ReferenceAction.NO_ACTION : references.onDelete();
        ClassName targetModel = ClassName.get(targetType);
        return Optional.of(new ForeignKeyDescriptor(Names.foreignKey(table, column), targetModel,
                Names.tableClass(targetModel), Names.tableConstant(Names.table(targetType)), onDelete, mirror.get()));
    }

    /** A type for comparing a column's type with an id's, treating {@code long} and {@code Long} alike. */
    private TypeMirror boxed(String typeName) {
        return switch (typeName) {
            case "long" -> elements.getTypeElement("java.lang.Long").asType();
            case "int" -> elements.getTypeElement("java.lang.Integer").asType();
            case "short" -> elements.getTypeElement("java.lang.Short").asType();
            default -> {
                TypeElement element = elements.getTypeElement(typeName);
                yield element == null ? types.getNoType(TypeKind.NONE) : element.asType();
            }
        };
    }
}

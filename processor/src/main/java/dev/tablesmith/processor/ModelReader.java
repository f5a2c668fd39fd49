package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Index;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;
import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ForeignKeyDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Model} element into a {@link ModelDescriptor}, reporting every problem it finds on the
 * narrowest element. Returns nothing when the model has errors, so no code is generated from it.
 */
final class ModelReader {
    static final String MODEL = "dev.tablesmith.Model";
    private static final String ID = "dev.tablesmith.Id";
    private static final String COLUMN = "dev.tablesmith.Column";
    private static final String REFERENCES = "dev.tablesmith.References";
    private static final String VERSION = "dev.tablesmith.Version";
    private static final String TRANSIENT = "dev.tablesmith.Transient";

    private final Elements elements;
    private final Types types;
    private final PropertyScanner scanner;
    private final RelationFields relations;
    private final ErrorReporter errors;
    private final boolean quotedNameWarnings;

    ModelReader(Elements elements, Types types, ErrorReporter errors, boolean quotedNameWarnings) {
        this.elements = elements;
        this.types = types;
        this.scanner = new PropertyScanner(elements, types);
        this.errors = errors;
        this.relations = new RelationFields(elements, types, scanner, errors);
        this.quotedNameWarnings = quotedNameWarnings;
    }

    Optional<ModelDescriptor> read(TypeElement type) {
        errors.startModel();
        if (!checkKind(type)) {
            return Optional.empty();
        }
        Model model = type.getAnnotation(Model.class);
        String table = model.table().isEmpty() ? SnakeCase.of(type.getSimpleName().toString()) : model.table();
        Names.checkExplicit(errors, type, "Table", model.table());
        Names.checkLength(errors, type, "Table", table);
        Names.checkPrefix(errors, type, Annotations.mirror(type, MODEL).orElse(null), "Table", table,
                "@Model(table = \"...\")");
        warnIfReserved(type, "Table", table);

        List<Property> properties = scanner.scan(type);
        new MisplacedAnnotations(errors).check(scanner.hierarchy(type));
        List<ColumnDescriptor> columns = new ArrayList<>();
        for (Property property : properties) {
            column(type, table, property).ifPresent(columns::add);
        }
        checkId(type, columns);
        checkVersion(type, columns);
        checkDuplicateColumns(table, columns);
        var construction = construction(type, properties);
        List<IndexDescriptor> indexes = indexes(type, table, columns);
        if (errors.modelHasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ModelDescriptor(type, ClassName.get(type), table, ModelBinds.bind(type), columns,
                construction.kind(), construction.order(), indexes));
    }

    /** The table name a model class maps to, for references to models of other compilations. */
    static String tableName(TypeElement type) {
        Model model = type.getAnnotation(Model.class);
        return model.table().isEmpty() ? SnakeCase.of(type.getSimpleName().toString()) : model.table();
    }

    private void warnIfReserved(Element element, String what, String name) {
        if (quotedNameWarnings && ReservedWords.isReserved(name)) {
            errors.warning(element, Message.QUOTED_NAME, what, name);
        }
    }

    private boolean checkKind(TypeElement type) {
        String problem = null;
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            problem = type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        } else if (type.getModifiers().contains(Modifier.PRIVATE)) {
            problem = "private class";
        } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                && type.getKind() == ElementKind.CLASS) {
            problem = "inner (non-static) class";
        } else if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            problem = "local class";
        } else if (!type.getTypeParameters().isEmpty()) {
            problem = "generic class";
        }
        if (problem != null) {
            errors.error(type, Annotations.mirror(type, MODEL).orElse(null), Message.MODEL_KIND, problem,
                    type.getSimpleName());
            return false;
        }
        return true;
    }

    private Optional<ColumnDescriptor> column(TypeElement model, String table, Property property) {
        Element element = property.element();
        if (model.getKind() == ElementKind.RECORD && isTransientComponent(model, property.name())) {
            errors.error(element, Message.TRANSIENT_COMPONENT, property.name());
            return Optional.empty();
        }
        Optional<ColumnType> type = TypeMapper.columnType(property.type());
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
        warnIfReserved(element, "Column", name);

        if (column != null) {
            checkSize(element, columnMirror.orElse(null), property.name(), type.get(), column);
            checkDefault(element, columnMirror.orElse(null), property.name(), column.defaultValue());
        }
        Id id = element.getAnnotation(Id.class);
        boolean isId = id != null;
        boolean generated = isId && id.generated() && type.get().integral();
        boolean primitive = property.type().getKind().isPrimitive();
        if (isId && column != null && columnMirror.flatMap(m -> Annotations.explicitValue(m, "nullable"))
                .map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false)) {
            errors.error(element, columnMirror.orElse(null), Message.ID_NULLABLE, property.name());
        }
        boolean nullable = !isId && !primitive && (column == null || column.nullable())
                && !Annotations.hasNonNull(element, property.type());
        boolean version = Annotations.mirror(element, VERSION).isPresent();
        if (version && !type.get().integral()) {
            errors.error(element, Message.VERSION_TYPE, property.name(), property.type());
        }
        ForeignKeyDescriptor reference = reference(element, table, name, property).orElse(null);
        return Optional.of(new ColumnDescriptor(property.name(), name, type.get(), TypeName.get(property.type()),
                nullable, column != null && column.unique(), column != null && column.index(),
                column == null ? 255 : column.length(), column == null ? 19 : column.precision(),
                column == null ? 4 : column.scale(), column == null ? "" : column.defaultValue(), isId, generated,
                version, property.read(), property.write(), reference, element));
    }

    /** Reports sizes no database accepts, which would otherwise only fail when the table is created. */
    private void checkSize(Element element, AnnotationMirror mirror, String property, ColumnType type,
            Column column) {
        if ((type == ColumnType.STRING || type == ColumnType.ENUM) && column.length() < 1) {
            errors.error(element, mirror, Message.COLUMN_SIZE, property, "length = " + column.length());
        }
        if (type == ColumnType.BIG_DECIMAL && (column.precision() < 1 || column.scale() < 0
                || column.scale() > column.precision())) {
            errors.error(element, mirror, Message.COLUMN_SIZE, property,
                    "precision = " + column.precision() + ", scale = " + column.scale());
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
        for (VariableElement field : javax.lang.model.util.ElementFilter.fieldsIn(record.getEnclosedElements())) {
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
        return Optional.of(new ForeignKeyDescriptor(Names.derived(table + "_" + column + "_fkey"), targetModel,
                ClassName.get(targetModel.packageName(), targetModel.simpleName() + "Table"),
                ModelDescriptor.tableConstant(tableName(targetType)), onDelete, mirror.get()));
    }

    /** A type for comparing a column's type with an id's, treating {@code long} and {@code Long} alike. */
    private javax.lang.model.type.TypeMirror boxed(String typeName) {
        return switch (typeName) {
            case "long" -> elements.getTypeElement("java.lang.Long").asType();
            case "int" -> elements.getTypeElement("java.lang.Integer").asType();
            case "short" -> elements.getTypeElement("java.lang.Short").asType();
            default -> {
                TypeElement element = elements.getTypeElement(typeName);
                yield element == null ? types.getNoType(javax.lang.model.type.TypeKind.NONE) : element.asType();
            }
        };
    }

    private void checkId(TypeElement model, List<ColumnDescriptor> columns) {
        List<ColumnDescriptor> ids = columns.stream().filter(ColumnDescriptor::id).toList();
        if (ids.isEmpty() && !errors.modelHasErrors()) {
            errors.error(model, Annotations.mirror(model, MODEL).orElse(null), Message.MISSING_ID,
                    model.getSimpleName());
        }
        for (int i = 1; i < ids.size(); i++) {
            errors.error(ids.get(i).element(), Message.DUPLICATE_ID, model.getSimpleName(), ids.get(0).property(),
                    ids.get(i).property());
        }
    }

    private void checkVersion(TypeElement model, List<ColumnDescriptor> columns) {
        List<ColumnDescriptor> versions = columns.stream().filter(ColumnDescriptor::version).toList();
        for (int i = 1; i < versions.size(); i++) {
            errors.error(versions.get(i).element(), Message.DUPLICATE_VERSION, model.getSimpleName());
        }
    }

    private void checkDuplicateColumns(String table, List<ColumnDescriptor> columns) {
        Map<String, ColumnDescriptor> byName = new HashMap<>();
        for (ColumnDescriptor column : columns) {
            String key = column.name().toLowerCase(java.util.Locale.ROOT);
            ColumnDescriptor previous = byName.putIfAbsent(key, column);
            if (previous != null) {
                errors.error(column.element(), Message.DUPLICATE_COLUMN, column.name(), table, previous.property(),
                        column.property());
            }
        }
    }

    private record Construction(ModelDescriptor.Construction kind, List<String> order) {
    }

    private Construction construction(TypeElement type, List<Property> properties) {
        List<String> names = properties.stream().map(Property::name).toList();
        if (type.getKind() == ElementKind.RECORD) {
            return new Construction(ModelDescriptor.Construction.CONSTRUCTOR, names);
        }
        boolean allWritable = properties.stream().allMatch(p -> p.write() != null);
        if (allWritable && scanner.hasNoArgConstructor(type)) {
            return new Construction(ModelDescriptor.Construction.NO_ARG, List.of());
        }
        Set<String> wanted = new HashSet<>(names);
        Map<String, Property> byName = new LinkedHashMap<>();
        properties.forEach(p -> byName.put(p.name(), p));
        for (ExecutableElement constructor : scanner.constructors(type)) {
            List<String> order = new ArrayList<>();
            boolean matches = constructor.getParameters().size() == wanted.size();
            for (VariableElement parameter : constructor.getParameters()) {
                Property property = byName.get(parameter.getSimpleName().toString());
                matches &= property != null && types.isSameType(property.type(), parameter.asType());
                order.add(parameter.getSimpleName().toString());
            }
            if (matches && new HashSet<>(order).equals(wanted)) {
                return new Construction(ModelDescriptor.Construction.CONSTRUCTOR, order);
            }
        }
        if (!errors.modelHasErrors()) {
            errors.error(type, Message.NO_CONSTRUCTOR, type.getSimpleName(), String.join(", ", names));
        }
        return new Construction(ModelDescriptor.Construction.NO_ARG, List.of());
    }

    private List<IndexDescriptor> indexes(TypeElement type, String table, List<ColumnDescriptor> columns) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            if (column.indexed() && !column.unique()) {
                indexes.add(new IndexDescriptor(Names.derived(table + "_" + column.name() + "_idx"), false,
                        List.of(column.name())));
            }
        }
        Map<String, String> columnByAnyName = new HashMap<>();
        for (ColumnDescriptor column : columns) {
            columnByAnyName.put(column.property(), column.name());
            columnByAnyName.put(column.name(), column.name());
        }
        for (Index index : type.getAnnotationsByType(Index.class)) {
            List<String> names = new ArrayList<>();
            for (String wanted : index.columns()) {
                String name = columnByAnyName.get(wanted);
                if (name == null) {
                    errors.error(type, Message.INDEX_UNKNOWN_COLUMN, type.getSimpleName(), wanted,
                            columns.stream().map(ColumnDescriptor::name).toList());
                } else {
                    names.add(name);
                }
            }
            String name = index.name().isEmpty()
                    ? Names.derived(table + "_" + String.join("_", names) + (index.unique() ? "_key" : "_idx"))
                    : index.name();
            Names.checkExplicit(errors, type, "Index", index.name());
            Names.checkLength(errors, type, "Index", name);
            Names.checkPrefix(errors, type, null, "Index", index.name(), "@Index(name = \"...\")");
            IndexDescriptor descriptor = new IndexDescriptor(name, index.unique(), names);
            IndexDescriptor sameName = indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
            if (sameName == null) {
                indexes.add(descriptor);
            } else if (!sameName.equals(descriptor)) {
                errors.error(type, Message.DUPLICATE_INDEX, name, type.getSimpleName());
            } // else: the same index declared twice (e.g. @Column(index = true) and @Index), created once
        }
        return indexes;
    }
}

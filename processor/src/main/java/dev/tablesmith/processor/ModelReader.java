package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.tablesmith.Model;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.model.RelationDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Model} element into a {@link ModelDescriptor}, reporting every problem it finds on the
 * narrowest element, and resolves every name the later stages use: the table's, the generated classes' and their
 * members', the constraints' and the indexes'. Its columns are read by {@link ColumnReader}, its {@code @Related}
 * properties by {@link RelationReader}, its indexes by {@link IndexReader}. Returns nothing when the model has
 * errors, so no code is generated from it.
 */
final class ModelReader {
    static final String MODEL = "dev.tablesmith.Model";

    private final Types types;
    private final PropertyScanner scanner;
    private final ColumnReader columnReader;
    private final IndexReader indexReader;
    private final RelationReader relationReader;
    private final EmbeddedReader embeddedReader;
    private final ErrorReporter errors;
    private final boolean quotedNameWarnings;

    ModelReader(Elements elements, Types types, ErrorReporter errors, boolean quotedNameWarnings) {
        this.types = types;
        this.scanner = new PropertyScanner(elements, types);
        this.columnReader = new ColumnReader(elements, types, scanner, errors, quotedNameWarnings);
        this.indexReader = new IndexReader(errors);
        this.relationReader = new RelationReader(elements, types, scanner, errors);
        this.embeddedReader = new EmbeddedReader(elements, scanner, columnReader, errors);
        this.errors = errors;
        this.quotedNameWarnings = quotedNameWarnings;
    }

    Optional<ModelDescriptor> read(TypeElement type) {
        errors.startModel();
        if (!checkKind(type)) {
            return Optional.empty();
        }
        Model model = type.getAnnotation(Model.class);
        String table = Names.table(type);
        Names.checkExplicit(errors, type, "Table", model.table());
        Names.checkLength(errors, type, "Table", table);
        Names.checkPrefix(errors, type, Annotations.mirror(type, MODEL).orElse(null), "Table", table,
                "@Model(table = \"...\")");
        ReservedWords.warnIfReserved(errors, quotedNameWarnings, type, "Table", table);

        List<Property> properties = scanner.scan(type);
        java.util.Deque<TypeElement> hierarchy = scanner.hierarchy(type);
        new MisplacedAnnotations(errors).check(hierarchy);
        IgnoredAnnotations ignored = new IgnoredAnnotations(errors);
        ignored.checkNonColumns(hierarchy);
        String tableConstant = Names.tableConstant(table);
        NameAllocator fields = new NameAllocator();
        fields.newName(tableConstant, "table");
        List<ColumnDescriptor> columns = new ArrayList<>();
        List<RelationDescriptor> relations = new ArrayList<>();
        for (Property property : properties) {
            if (RelationReader.isRelated(property)) {
                ignored.checkRelated(property);
                relationReader.read(type, property).ifPresent(relations::add);
            } else if (EmbeddedReader.isEmbedded(property)) {
                ignored.checkEmbedded(property);
                columns.addAll(embeddedReader.read(type, table, property, fields));
            } else {
                columnReader.read(type, table, property, fields).ifPresent(columns::add);
            }
        }
        checkId(type, columns);
        checkVersion(type, columns);
        checkDuplicateColumns(table, columns);
        var construction = construction(type, properties);
        List<IndexDescriptor> indexes = indexReader.read(type, hierarchy, table, columns);
        if (errors.modelHasErrors()) {
            return Optional.empty();
        }
        ClassName modelClass = ClassName.get(type);
        ClassName tableClass = Names.tableClass(modelClass);
        return Optional.of(new ModelDescriptor(type, modelClass, tableClass, Names.daoClass(modelClass),
                Names.providerClass(tableClass), tableConstant, table, ModelBinds.bind(type), columns,
                construction.kind(), construction.order(), indexes, relations));
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

    private void checkId(TypeElement model, List<ColumnDescriptor> columns) {
        List<ColumnDescriptor> ids = columns.stream().filter(ColumnDescriptor::id).toList();
        if (ids.isEmpty() && !errors.modelHasErrors()) {
            errors.error(model, Annotations.mirror(model, MODEL).orElse(null), Message.MISSING_ID,
                    model.getSimpleName());
        }
        if (ids.size() > 1) {
            CompositeKeys.checkNotGenerated(errors, model, ids);
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
                errors.error(column.element(), Message.DUPLICATE_COLUMN, column.name(), table, previous.declaredAs(),
                        column.declaredAs());
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
        if (errors.modelHasErrors()) {
            return new Construction(ModelDescriptor.Construction.NO_ARG, List.of());
        }
        if (PropertyScanner.withoutParameterNames(type)) {
            errors.error(type, Message.NO_PARAMETER_NAMES, type.getQualifiedName());
        } else {
            errors.error(type, Message.NO_CONSTRUCTOR, type.getSimpleName(), String.join(", ", names));
        }
        return new Construction(ModelDescriptor.Construction.NO_ARG, List.of());
    }
}

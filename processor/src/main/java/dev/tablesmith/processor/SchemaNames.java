package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Checks that no two tables, keys or indexes of one bind share a name, across every model of the compilation. A
 * database keeps these names in one namespace per schema, not per table (PostgreSQL's relations, which include the
 * index behind each primary and unique key; H2's constraints and indexes; MariaDB's foreign keys), so a second
 * object of a taken name is not created: {@code Database.createAll()} skips a {@code CREATE INDEX IF NOT EXISTS}
 * silently, and a key fails the {@code CREATE TABLE}. One model reading its own indexes cannot see the names of the
 * others ({@link IndexReader} checks those within a model); this check runs once the round's models are known.
 * Names compare case-insensitively, as tables do, since MariaDB and unquoted SQL fold case.
 */
final class SchemaNames {
    /** One named object of the schema and where it was declared, for the error. */
    private record Named(String name, String what, ModelDescriptor model, Element element,
            AnnotationMirror annotation, String fix, IndexDescriptor index) {
    }

    private SchemaNames() {
    }

    /**
     * Reports each name of {@code models} that a model of {@code earlier} (accepted in a former round) or an
     * object before it already takes, on the later object's {@code @Index} or field, and adds the model to
     * {@code dropped}; returns the models without a clash. Indexes are checked after tables and keys, and explicitly
     * named ones last, so a clash is reported on the {@code @Index} whose name is freely chosen.
     */
    static List<ModelDescriptor> check(List<ModelDescriptor> earlier, List<ModelDescriptor> models,
            ErrorReporter errors, Set<String> dropped) {
        Map<String, Named> taken = new HashMap<>();
        earlier.forEach(model -> named(model).forEach(named -> taken.putIfAbsent(key(named), named)));
        List<Named> fresh = new ArrayList<>();
        models.forEach(model -> fresh.addAll(named(model)));
        fresh.sort(java.util.Comparator.comparingInt(SchemaNames::rank)); // stable: model order kept otherwise
        List<ModelDescriptor> valid = new ArrayList<>(models);
        for (Named named : fresh) {
            Named previous = taken.putIfAbsent(key(named), named);
            if (previous == null || sameIndex(previous, named) || sameObject(previous, named)) {
                continue;
            }
            errors.error(named.element(), named.annotation(), Message.SCHEMA_NAME_TAKEN, named.what(), named.name(),
                    named.model().table(), previous.what().toLowerCase(Locale.ROOT), previous.model().table(),
                    previous.model().modelClass().canonicalName(),
                    named.model().bind().isEmpty() ? "the default database" : "bind '" + named.model().bind() + "'",
                    named.fix());
            dropped.add(named.model().modelClass().canonicalName());
            valid.removeIf(model -> model == named.model());
        }
        return valid;
    }

    /**
     * Tables and keys first, then indexes with derived names, then those named explicitly: a clash is reported on
     * the object whose name was chosen last and is easiest to change.
     */
    private static int rank(Named named) {
        if (named.index() == null) {
            return 0;
        }
        AnnotationMirror annotation = named.index().annotation();
        boolean explicit = annotation != null && ((TypeElement) annotation.getAnnotationType().asElement())
                .getQualifiedName().contentEquals(IndexReader.INDEX)
                && Annotations.explicitValue(annotation, "name").isPresent();
        return explicit ? 2 : 1;
    }

    /** Two indexes of one model that are one index, or of one name, are {@link IndexReader}'s to report. */
    private static boolean sameIndex(Named previous, Named named) {
        return previous.index() != null && named.index() != null && previous.model() == named.model();
    }

    /** A table clash is {@code TablesmithDuplicateTable}'s, reported when the tables are read. */
    private static boolean sameObject(Named previous, Named named) {
        return previous.what().equals("Table") && named.what().equals("Table");
    }

    private static String key(Named named) {
        return named.model().bind() + '\0' + named.name().toLowerCase(Locale.ROOT);
    }

    private static List<Named> named(ModelDescriptor model) {
        List<Named> names = new ArrayList<>();
        Element type = model.element();
        AnnotationMirror modelMirror = Annotations.mirror(type, ModelReader.MODEL).orElse(null);
        names.add(new Named(model.table(), "Table", model, type, modelMirror, "@Model(table = \"...\")", null));
        names.add(new Named(model.table() + "_pkey", "Primary key", model, model.id().element(), null,
                "@Model(table = \"...\") (it is named after the table)", null));
        for (ColumnDescriptor column : model.columns()) {
            if (column.uniqueKey() != null) {
                names.add(new Named(column.uniqueKey(), "Unique key", model, column.element(), null,
                        "@Column(name = \"...\") (it is named after the table and column)", null));
            }
            if (column.reference() != null) {
                names.add(new Named(column.reference().name(), "Foreign key", model, column.element(),
                        column.reference().annotation(),
                        "@Column(name = \"...\") (it is named after the table and column)", null));
            }
        }
        for (IndexDescriptor index : model.indexes()) {
            names.add(new Named(index.name(), "Index", model, index.element(), index.annotation(),
                    "@Index(name = \"...\")", index));
        }
        return names;
    }
}

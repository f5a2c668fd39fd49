package dev.tablesmith.processor;

import dev.tablesmith.Index;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads a model's indexes, named: one per {@code @Column(index = true)} that is not unique, then one per
 * {@code @Index} on the type or an abstract {@code @Model} base of it, whose columns may be given by property or
 * column name. Reports an empty or repeating column list, unknown columns, bad names, two different indexes of one
 * name on the type, and ({@link #checkPlacement}) an {@code @Index} on a class that is not a {@code @Model}.
 */
final class IndexReader {
    static final String INDEX = "dev.tablesmith.Index";
    private static final String INDEX_LIST = "dev.tablesmith.Index.List";
    private static final String COLUMN = "dev.tablesmith.Column";

    private final ErrorReporter errors;

    IndexReader(ErrorReporter errors) {
        this.errors = errors;
    }

    /**
     * The indexes of {@code type}'s table: its columns', its own {@code @Index}es and those of its abstract
     * {@code @Model} bases in {@code hierarchy}, whose columns it inherits (a derived name is the table's own).
     */
    List<IndexDescriptor> read(TypeElement type, Iterable<TypeElement> hierarchy, String table,
            List<ColumnDescriptor> columns) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            if (column.indexed() && !column.unique()) {
                indexes.add(new IndexDescriptor(Names.index(table, List.of(column.name()), false), false,
                        List.of(column.name()), column.element(),
                        Annotations.mirror(column.element(), COLUMN).orElse(null)));
            }
        }
        Map<String, String> columnByAnyName = new HashMap<>();
        for (ColumnDescriptor column : columns) {
            columnByAnyName.put(column.property(), column.name());
            columnByAnyName.put(column.name(), column.name());
        }
        for (TypeElement declaring : hierarchy) {
            if (declaring.equals(type) || ModelBinds.isBase(declaring)
                    && Annotations.mirror(declaring, ModelReader.MODEL).isPresent()) {
                readDeclared(declaring, table, columns, columnByAnyName, indexes);
            }
        }
        return indexes;
    }

    /**
     * Reports each {@code @Index} of {@code annotated} on a type that is no {@code @Model}: only a model's own and
     * its abstract {@code @Model} bases' are read, so one on a plain class or a non-model superclass (whose fields
     * may well be columns of its subclasses) would create nothing. Reading it for every subclass instead would make
     * a superclass of another module index tables nobody declared an index on.
     */
    static void checkPlacement(java.util.Collection<? extends javax.lang.model.element.Element> annotated,
            ErrorReporter errors) {
        for (javax.lang.model.element.Element element : annotated) {
            if (Annotations.mirror(element, ModelReader.MODEL).isEmpty()) {
                for (AnnotationMirror mirror : mirrors(element)) {
                    errors.error(element, mirror, Message.INDEX_NOT_MODEL, element.getSimpleName(),
                            element.getSimpleName(), element.getSimpleName());
                }
            }
        }
    }

    /** Adds the {@code @Index}es written on {@code declaring} (the model or one of its bases) to {@code indexes}. */
    private void readDeclared(TypeElement declaring, String table, List<ColumnDescriptor> columns,
            Map<String, String> columnByAnyName, List<IndexDescriptor> indexes) {
        Index[] declared = declaring.getAnnotationsByType(Index.class);
        List<AnnotationMirror> mirrors = mirrors(declaring);
        for (int n = 0; n < declared.length; n++) {
            Index index = declared[n];
            AnnotationMirror mirror = n < mirrors.size() ? mirrors.get(n) : null;
            if (!checkColumnsListed(declaring, mirror, index)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String wanted : index.columns()) {
                String name = columnByAnyName.get(wanted);
                if (name == null) {
                    errors.error(declaring, mirror, Message.INDEX_UNKNOWN_COLUMN, declaring.getSimpleName(), wanted,
                            columns.stream().map(ColumnDescriptor::name).toList());
                } else {
                    names.add(name);
                }
            }
            if (!checkColumnsOnce(declaring, mirror, names)) {
                continue; // some databases refuse it, and none needs it
            }
            String name = index.name().isEmpty() ? Names.index(table, names, index.unique()) : index.name();
            Names.checkExplicit(errors, declaring, "Index", index.name());
            Names.checkLength(errors, declaring, "Index", name);
            Names.checkPrefix(errors, declaring, null, "Index", index.name(), "@Index(name = \"...\")");
            IndexDescriptor descriptor = new IndexDescriptor(name, index.unique(), names, declaring, mirror);
            IndexDescriptor sameName = indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
            if (sameName == null) {
                indexes.add(descriptor);
            } else if (!sameName.sameIndexAs(descriptor)) {
                errors.error(declaring, mirror, Message.DUPLICATE_INDEX, name, declaring.getSimpleName());
            } // else: the same index declared twice (e.g. @Column(index = true) and @Index), created once
        }
    }

    /** Reports an {@code @Index} listing no column, which renders as {@code CREATE INDEX ... ()} no database runs. */
    private boolean checkColumnsListed(TypeElement declaring, AnnotationMirror mirror, Index index) {
        AnnotationValue value = mirror == null ? null : Annotations.explicitValue(mirror, "columns").orElse(null);
        if (index.columns().length == 0) {
            errors.error(declaring, mirror, value, Message.INDEX_COLUMNS, declaring.getSimpleName(),
                    "lists no column");
            return false;
        }
        return true;
    }

    /** Reports a column the {@code @Index} lists twice, by property or column name alike. */
    private boolean checkColumnsOnce(TypeElement declaring, AnnotationMirror mirror, List<String> names) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String column : names) {
            if (!seen.add(column)) {
                errors.error(declaring, mirror,
                        mirror == null ? null : Annotations.explicitValue(mirror, "columns").orElse(null),
                        Message.INDEX_COLUMNS, declaring.getSimpleName(), "lists column \"" + column + "\" twice");
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code @Index} mirrors of {@code type}, in the order {@code getAnnotationsByType} returns the annotations:
     * written once, or several times (then javac wraps them in an {@code @Index.List}).
     */
    static List<AnnotationMirror> mirrors(javax.lang.model.element.Element type) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        Annotations.mirror(type, INDEX).ifPresent(mirrors::add);
        Annotations.mirror(type, INDEX_LIST).flatMap(list -> Annotations.explicitValue(list, "value"))
                .ifPresent(value -> {
                    if (value.getValue() instanceof List<?> values) {
                        for (Object each : values) {
                            if (((AnnotationValue) each).getValue() instanceof AnnotationMirror nested) {
                                mirrors.add(nested);
                            }
                        }
                    }
                });
        return mirrors;
    }
}

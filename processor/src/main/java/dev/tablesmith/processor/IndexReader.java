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
 * {@code @Index} on the type, whose columns may be given by property or column name. Reports unknown columns, bad
 * names and two different indexes of one name on the type.
 */
final class IndexReader {
    static final String INDEX = "dev.tablesmith.Index";
    private static final String INDEX_LIST = "dev.tablesmith.Index.List";
    private static final String COLUMN = "dev.tablesmith.Column";

    private final ErrorReporter errors;

    IndexReader(ErrorReporter errors) {
        this.errors = errors;
    }

    List<IndexDescriptor> read(TypeElement type, String table, List<ColumnDescriptor> columns) {
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
        Index[] declared = type.getAnnotationsByType(Index.class);
        List<AnnotationMirror> mirrors = mirrors(type);
        for (int n = 0; n < declared.length; n++) {
            Index index = declared[n];
            AnnotationMirror mirror = n < mirrors.size() ? mirrors.get(n) : null;
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
            String name = index.name().isEmpty() ? Names.index(table, names, index.unique()) : index.name();
            Names.checkExplicit(errors, type, "Index", index.name());
            Names.checkLength(errors, type, "Index", name);
            Names.checkPrefix(errors, type, null, "Index", index.name(), "@Index(name = \"...\")");
            IndexDescriptor descriptor = new IndexDescriptor(name, index.unique(), names, type, mirror);
            IndexDescriptor sameName = indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
            if (sameName == null) {
                indexes.add(descriptor);
            } else if (!sameName.sameIndexAs(descriptor)) {
                errors.error(type, Message.DUPLICATE_INDEX, name, type.getSimpleName());
            } // else: the same index declared twice (e.g. @Column(index = true) and @Index), created once
        }
        return indexes;
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

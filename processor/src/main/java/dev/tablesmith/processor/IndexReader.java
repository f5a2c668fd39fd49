package dev.tablesmith.processor;

import dev.tablesmith.Index;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Reads a model's indexes, named: one per {@code @Column(index = true)} that is not unique, then one per
 * {@code @Index} on the type, whose columns may be given by property or column name. Reports unknown columns, bad
 * names and two different indexes of one name on the type.
 */
final class IndexReader {
    private final ErrorReporter errors;

    IndexReader(ErrorReporter errors) {
        this.errors = errors;
    }

    List<IndexDescriptor> read(TypeElement type, String table, List<ColumnDescriptor> columns) {
        List<IndexDescriptor> indexes = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            if (column.indexed() && !column.unique()) {
                indexes.add(new IndexDescriptor(Names.index(table, List.of(column.name()), false), false,
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
            String name = index.name().isEmpty() ? Names.index(table, names, index.unique()) : index.name();
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

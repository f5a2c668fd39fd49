package dev.tablesmith.processor.model;

import java.util.List;

/**
 * An index on one model's table.
 *
 * @param name    the index name
 * @param unique  whether the indexed values must be unique
 * @param columns the indexed column names, in order
 */
public record IndexDescriptor(String name, boolean unique, List<String> columns) {
    public IndexDescriptor {
        columns = List.copyOf(columns);
    }
}

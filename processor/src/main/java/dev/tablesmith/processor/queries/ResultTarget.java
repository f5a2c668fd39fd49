package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;

/**
 * What one result row is read into: a model (its columns), a record or class projection (its constructor
 * parameters, matched to result columns by name), or a single value (the row's only column).
 *
 * @param kind  which of the three
 * @param type  the Java type of the result
 * @param slots the values one row fills, in constructor order for a projection, in column order for a model
 * @param model the model, for {@link Kind#MODEL}; {@code null} otherwise
 */
record ResultTarget(Kind kind, TypeName type, List<Slot> slots, ModelDescriptor model) {

    ResultTarget {
        slots = List.copyOf(slots);
    }

    enum Kind {
        MODEL,
        PROJECTION,
        SCALAR
    }

    /**
     * One value of a row.
     *
     * @param name       the property or component name, matched to a result column by name or snake_case name
     * @param columnName the model's column name, or the snake_case of the component name
     * @param javaType   its exact Java type
     * @param type       how it is read
     * @param column     the model column it fills, or {@code null}
     */
    record Slot(String name, String columnName, TypeName javaType, ColumnType type, ColumnDescriptor column) {

        boolean matches(String resultColumn) {
            return resultColumn.equalsIgnoreCase(name) || resultColumn.equalsIgnoreCase(columnName);
        }
    }

    /** How messages name it: {@code record OpenCount} or {@code long}. */
    String describe() {
        String simple = type instanceof ClassName name ? name.simpleName() : type.toString();
        return switch (kind) {
            case MODEL -> "@Model " + simple;
            case PROJECTION -> simple;
            case SCALAR -> "the single value " + simple;
        };
    }
}

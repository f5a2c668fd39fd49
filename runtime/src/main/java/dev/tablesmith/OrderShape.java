package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;
import org.jooq.OrderField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * The shape of a query's {@code ORDER BY} when it sorts by columns of the queried table only: which columns, in
 * which direction, with which nulls ordering. Such an order binds no values, and its SQL depends on nothing else,
 * so {@link DaoStatements} renders it once and every page of every list reuses it. Any other order (an
 * expression, a value, another table's column) has no shape and is rendered by jOOQ each time.
 */
record OrderShape(List<Object> parts) {
    /** One sort key: the column (compared by identity, as the generated table's constants are), the direction and nulls. */
    private record Key(Object column, Object order, Object nulls) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.column == column && key.order == order && key.nulls == nulls;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(column) * 31 + (order == null ? 0 : order.hashCode()) * 7
                    + (nulls == null ? 0 : nulls.hashCode());
        }
    }

    /** The shape of {@code fields} over {@code table}, or null when it has none. */
    static OrderShape of(List<OrderField<?>> fields, Table<?> table) {
        List<Object> parts = new ArrayList<>(fields.size());
        for (OrderField<?> field : fields) {
            switch (field) {
                case TableField<?, ?> column when column.getTable() == table -> parts.add(new Key(column, null, null));
                case SortField<?> sort when sort.$field() instanceof TableField<?, ?> column
                        && column.getTable() == table ->
                        parts.add(new Key(column, sort.$sortOrder(), sort.$nullOrdering()));
                default -> {
                    return null;
                }
            }
        }
        return new OrderShape(parts);
    }
}

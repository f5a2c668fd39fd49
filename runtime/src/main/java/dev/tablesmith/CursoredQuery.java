package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.internal.Dialects;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.impl.DSL;

/**
 * A {@link ModelQuery} continued after or before a cursor (keyset pagination): instead of an offset, the page starts
 * at the rows that sort after (or before) the cursor's row, by a condition on the ordering columns, so it costs the
 * same on every page and inserts elsewhere do not shift it. The id (every column of a composite key) is appended to
 * an ordering that does not already hold it, so the order is total and no two rows share a cursor. {@link #limit} runs it.
 *
 * @param <T> the model type
 */
public final class CursoredQuery<T> {
    private final QueryTarget<T> dao;
    private final List<Condition> conditions;
    private final List<Field<?>> columns = new ArrayList<>();
    private final List<Boolean> descending = new ArrayList<>();
    private final List<Object> start;
    private final boolean forward;

    CursoredQuery(QueryTarget<T> dao, List<Condition> conditions, List<OrderField<?>> orderBy, String cursor,
            boolean forward) {
        this.dao = dao;
        this.conditions = List.copyOf(conditions);
        this.forward = forward;
        ModelTable<T> table = dao.table();
        for (OrderField<?> order : orderBy) {
            Field<?> field = order instanceof SortField<?> sort ? sort.$field() : (Field<?>) order;
            boolean desc = order instanceof SortField<?> sort && sort.$sortOrder() == SortOrder.DESC;
            Field<?> column = table.field(field);
            if (column == null || !field.getName().equals(column.getName())) {
                throw new IllegalArgumentException("Cursor pages order by columns of " + table.getName() + " only, "
                        + "not by " + order + ": the cursor holds the ordering columns' values");
            }
            if (column.getDataType().nullable()) {
                throw new IllegalArgumentException("Cursor pages cannot order by the nullable column "
                        + column.getName() + ": databases sort NULL differently; order by NOT NULL columns");
            }
            columns.add(column);
            descending.add(desc);
        }
        for (Field<?> key : table.idFields()) {
            if (!columns.contains(key)) {
                columns.add(key);
                descending.add(false);
            }
        }
        this.start = cursor == null ? null : KeysetCursor.decode(cursor, columns);
    }

    /**
     * Runs the query: at most {@code size} entities after (or before) the cursor, in the query's order; one more row
     * is read to tell whether the page has a neighbour in that direction.
     */
    public CursoredPage<T> limit(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A cursor page holds at least 1 entity, not " + size);
        }
        List<Record> keys = new ArrayList<>();
        List<T> rows = fetch(size + 1, keys);
        boolean more = rows.size() > size;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, size));
            keys = new ArrayList<>(keys.subList(0, size));
        }
        if (!forward) {
            Collections.reverse(rows);
            Collections.reverse(keys);
        }
        boolean hasNext = forward ? more : start != null;
        boolean hasPrevious = forward ? start != null : more;
        String next = hasNext && !keys.isEmpty() ? cursorOf(keys.get(keys.size() - 1)) : null;
        String previous = hasPrevious && !keys.isEmpty() ? cursorOf(keys.get(0)) : null;
        return new CursoredPage<>(rows, next, previous);
    }

    private String cursorOf(Record key) {
        List<Object> values = new ArrayList<>();
        for (Field<?> column : columns) {
            values.add(key.get(column));
        }
        return KeysetCursor.encode(columns, values);
    }

    private List<T> fetch(int count, List<Record> keys) {
        Session session = dao.session();
        Bind bind = dao.bind();
        DSLContext renderer = Dialects.renderer(bind.dialect());
        List<Condition> where = new ArrayList<>(conditions);
        if (start != null) {
            where.add(keyset());
        }
        List<OrderField<?>> order = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            order.add(descending.get(i) == forward ? columns.get(i).desc() : columns.get(i).asc());
        }
        var query = renderer.select(dao.table().fields()).from(dao.table()).where(where).orderBy(order).limit(count);
        String sql = renderer.render(query);
        boolean claimed = session.enter();
        try (PreparedStatement ps = session.connectionFor(bind.name()).prepareStatement(sql)) {
            long started = session.startTimer();
            renderer.bindContext(ps).visit(query);
            JdbcTypes types = bind.types();
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T entity = dao.map(rs, types);
                    rows.add(entity);
                    keys.add(dao.toRecord(entity));
                }
            }
            if (session.observes()) {
                session.record(sql, new ArrayList<>(renderer.extractBindValues(query)), started);
            }
            return rows;
        } catch (SQLException e) {
            throw dao.translate(session, "Reading", e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    /** The rows after the cursor's row in the direction read: (a > x) or (a = x and b > y) or …, per direction. */
    @SuppressWarnings("unchecked")
    private Condition keyset() {
        List<Condition> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<Condition> all = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                all.add(((Field<Object>) columns.get(j)).eq(start.get(j)));
            }
            Field<Object> column = (Field<Object>) columns.get(i);
            boolean greater = descending.get(i) != forward;
            all.add(greater ? column.gt(start.get(i)) : column.lt(start.get(i)));
            alternatives.add(DSL.and(all));
        }
        return DSL.or(alternatives);
    }
}

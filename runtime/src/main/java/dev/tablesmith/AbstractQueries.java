package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import dev.tablesmith.generated.RenderedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The logic of every generated {@code @Queries} implementation. The generated class supplies, per method, the SQL
 * rendered at compile time ({@link RenderedQuery}), a binder for its parameters and a row mapper; this class runs
 * it in the session of the current context, on the session's reused prepared statements, with the SQL of the
 * bind's dialect. Instances are stateless and may be shared between threads.
 */
public abstract class AbstractQueries {
    private final Database database;

    protected AbstractQueries(Database database) {
        this.database = java.util.Objects.requireNonNull(database, "database");
    }

    /** The database these queries run in. */
    public final Database database() {
        return database;
    }

    /** Binds a method's parameters at the positions the query's dialect gives each ({@code at[i]}: parameter i). */
    @FunctionalInterface
    protected interface Binder {
        void bind(PreparedStatement ps, JdbcTypes types, int[][] at) throws SQLException;
    }

    /** The binder of a query without parameters. */
    protected static final Binder NO_PARAMETERS = (ps, types, at) -> {
    };

    /** Maps the current row to the method's result type. */
    @FunctionalInterface
    protected interface RowMapper<T> {
        T map(ResultSet rs, JdbcTypes types) throws SQLException;
    }

    /** Every row. */
    protected final <T> List<T> list(RenderedQuery query, RowMapper<T> mapper, Binder binder, Object... values) {
        return run(query, "Querying", (session, bind, sql) -> {
            PreparedStatement ps = prepared(session, bind, query, sql, binder, values);
            long started = session.startTimer();
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs, bind.types()));
                }
            }
            record(session, sql, values, started);
            return rows;
        });
    }

    /**
     * The only row, if any.
     *
     * @throws NonUniqueResultException when several rows match
     */
    protected final <T> Optional<T> optional(RenderedQuery query, RowMapper<T> mapper, Binder binder,
            Object... values) {
        return run(query, "Querying", (session, bind, sql) -> {
            PreparedStatement ps = prepared(session, bind, query, sql, binder, values);
            long started = session.startTimer();
            Optional<T> found;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    found = Optional.empty();
                } else {
                    found = Optional.ofNullable(mapper.map(rs, bind.types()));
                    if (rs.next()) {
                        throw new NonUniqueResultException("Query " + query.name() + " returned more than one row "
                                + "for " + Arrays.toString(values) + "; return a List, or make the query unique");
                    }
                }
            }
            record(session, sql, values, started);
            return found;
        });
    }

    /**
     * The only row.
     *
     * @throws NotFoundException         when no row matches
     * @throws NonUniqueResultException when several rows match
     */
    protected final <T> T one(RenderedQuery query, RowMapper<T> mapper, Binder binder, Object... values) {
        return run(query, "Querying", (session, bind, sql) -> {
            PreparedStatement ps = prepared(session, bind, query, sql, binder, values);
            long started = session.startTimer();
            T found;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("Query " + query.name() + " returned no row for "
                            + Arrays.toString(values) + "; return an Optional to allow none");
                }
                found = mapper.map(rs, bind.types());
                if (rs.next()) {
                    throw new NonUniqueResultException("Query " + query.name() + " returned more than one row for "
                            + Arrays.toString(values) + "; return a List, or make the query unique");
                }
            }
            record(session, sql, values, started);
            return found;
        });
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    protected final long update(RenderedQuery query, Binder binder, Object... values) {
        return run(query, "Changing", (session, bind, sql) -> {
            PreparedStatement ps = prepared(session, bind, query, sql, binder, values);
            long started = session.startTimer();
            long rows = ps.executeLargeUpdate();
            record(session, sql, values, started);
            return rows;
        });
    }

    /**
     * The rows over an open cursor, {@value QueryCursor#FETCH_SIZE} per round trip. The stream must be closed
     * (try-with-resources) to free the cursor before the context ends; a stream read to its end frees it by itself.
     */
    protected final <T> Stream<T> stream(RenderedQuery query, RowMapper<T> mapper, Binder binder, Object... values) {
        return run(query, "Querying", (session, bind, sql) -> {
            PreparedStatement ps = session.connectionFor(bind.name()).prepareStatement(sql);
            try {
                ps.setFetchSize(QueryCursor.FETCH_SIZE);
                bind(ps, bind, query, binder, values);
                long started = session.startTimer();
                ResultSet rs = ps.executeQuery();
                record(session, sql, values, started);
                QueryCursor<T> cursor = new QueryCursor<>(ps, rs, bind.types(), mapper,
                        e -> translate(session, query, "Querying", e));
                return StreamSupport.stream(cursor, false).onClose(cursor::close);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(ps, e);
                throw e;
            }
        });
    }

    /**
     * One page, pages counting from 1: {@code count} counts the rows, then {@code query}, whose last two parameters
     * are the limit and the offset, reads the page.
     *
     * @throws NotFoundException when {@code page} or {@code perPage} is below 1, or the page is empty and not the
     *                           first
     */
    protected final <T> Page<T> page(RenderedQuery query, RenderedQuery count, RowMapper<T> mapper, Binder binder,
            int page, int perPage, Object... values) {
        if (page < 1 || perPage < 1) {
            throw new NotFoundException("Page " + page + " with " + perPage + " per page does not exist: pages and "
                    + "page sizes count from 1");
        }
        long total = one(count, (rs, types) -> rs.getLong(1), binder, values);
        long offset = (long) (page - 1) * perPage;
        if (page != 1 && offset >= total) {
            throw new NotFoundException("Page " + page + " of query " + query.name() + " is empty (" + total
                    + " in total, " + perPage + " per page)");
        }
        Binder paged = (ps, types, at) -> {
            binder.bind(ps, types, at);
            for (int i : at[at.length - 2]) {
                ps.setLong(i, perPage);
            }
            for (int i : at[at.length - 1]) {
                ps.setLong(i, offset);
            }
        };
        Object[] pagedValues = Arrays.copyOf(values, values.length + 2);
        pagedValues[values.length] = perPage;
        pagedValues[values.length + 1] = offset;
        List<T> items = list(query, mapper, paged, pagedValues);
        return new Page<>(items, page, perPage, total, false,
                number -> page(query, count, mapper, binder, number, perPage, values));
    }

    /** Binds the values a cursor holds, one per ordering column, at the placeholders of parameters {@code from}…. */
    @FunctionalInterface
    protected interface KeyBinder {
        void bind(PreparedStatement ps, JdbcTypes types, int[][] at, int from, List<Object> keys) throws SQLException;
    }

    /**
     * One keyset page of at most {@code limit} rows: the first when {@code cursor} is null, else the rows after (or,
     * for a {@link CursoredPage#previousCursor()}, before) the cursor's row. Each query binds the method's
     * parameters, then the cursor's values ({@code bindKeys}), then the limit; one more row is read to tell whether
     * the page has a neighbour in the direction read. {@code readKeys} reads a row's ordering columns, which
     * {@code keys} name, for its cursor.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1 or {@code cursor} is not a cursor of this query
     */
    protected final <T> CursoredPage<T> cursored(RenderedQuery first, RenderedQuery after, RenderedQuery before,
            List<org.jooq.Field<?>> keys, RowMapper<T> mapper, RowMapper<List<Object>> readKeys, KeyBinder bindKeys,
            Binder binder, String cursor, int limit, Object... values) {
        if (limit < 1) {
            throw new IllegalArgumentException("A cursor page of query " + first.name() + " holds at least 1 row, "
                    + "not " + limit);
        }
        boolean forward = cursor == null || !cursor.startsWith(KeysetCursor.BEFORE);
        List<Object> start = cursor == null ? List.of()
                : KeysetCursor.decode(forward ? cursor : cursor.substring(KeysetCursor.BEFORE.length()), keys);
        Binder paged = (ps, types, at) -> {
            binder.bind(ps, types, at);
            if (!start.isEmpty()) {
                bindKeys.bind(ps, types, at, values.length, start);
            }
            for (int i : at[at.length - 1]) {
                ps.setLong(i, limit + 1L);
            }
        };
        List<Object> bound = new ArrayList<>(Arrays.asList(values));
        bound.addAll(start);
        bound.add(limit + 1L);
        RenderedQuery query = cursor == null ? first : forward ? after : before;
        List<Object[]> rows = list(query, (rs, types) -> new Object[] {mapper.map(rs, types),
                readKeys.map(rs, types)}, paged, bound.toArray());
        boolean more = rows.size() > limit;
        rows = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
        if (!forward) {
            java.util.Collections.reverse(rows);
        }
        boolean hasNext = !forward || more;
        boolean hasPrevious = forward ? cursor != null : more;
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(uncheckedCast(row[0])));
        String next = hasNext && !rows.isEmpty() ? KeysetCursor.encode(keys, uncheckedCast(rows.getLast()[1])) : null;
        String previous = hasPrevious && !rows.isEmpty()
                ? KeysetCursor.BEFORE + KeysetCursor.encode(keys, uncheckedCast(rows.getFirst()[1])) : null;
        return new CursoredPage<>(items, next, previous);
    }

    @SuppressWarnings("unchecked")
    private static <V> V uncheckedCast(Object value) {
        return (V) value;
    }

    private PreparedStatement prepared(Session session, Bind bind, RenderedQuery query, String sql, Binder binder,
            Object[] values) throws SQLException {
        PreparedStatement ps = session.prepare(bind.name(), sql, null);
        bind(ps, bind, query, binder, values);
        return ps;
    }

    private static void bind(PreparedStatement ps, Bind bind, RenderedQuery query, Binder binder, Object[] values)
            throws SQLException {
        try {
            binder.bind(ps, bind.types(), query.positions(bind.dialect()));
        } catch (RefusedValueException e) {
            ps.clearParameters();
            throw new IllegalArgumentException("Query " + query.name() + " cannot bind " + Arrays.toString(values)
                    + ": " + e.getMessage(), e);
        }
    }

    private static void record(Session session, String sql, Object[] values, long started) {
        if (session.observes()) {
            session.record(sql, new ArrayList<>(Arrays.asList(values)), started);
        }
    }

    /**
     * Runs one query in the session of the current context. As for the DAOs, a first statement that finds its pooled
     * connection dead runs again on a new one ({@link Session#reconnecting}); any other failure is translated.
     */
    private <R> R run(RenderedQuery query, String action, Work<R> work) {
        Session session = database.session();
        Bind bind = database.bind(query.table().bind());
        String sql = query.sql(bind.dialect());
        boolean claimed = session.enter();
        try {
            return session.reconnecting(bind.name(), () -> work.run(session, bind, sql));
        } catch (SQLException e) {
            throw translate(session, query, action, e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    private RuntimeException translate(Session session, RenderedQuery query, String action, SQLException e) {
        String bind = query.table().bind();
        session.statementFailed(bind, e);
        return SqlErrors.translate(query.table(), action + " (query " + query.name() + ")", e, session.bind(bind),
                session.enclosingHolds(bind));
    }

    private static void closeQuietly(PreparedStatement ps, Exception failure) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @FunctionalInterface
    private interface Work<R> {
        R run(Session session, Bind bind, String sql) throws SQLException;
    }
}

package dev.tablesmith;

import dev.tablesmith.spi.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Condition;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;

/**
 * A query for the entities of one model that match conditions (Flask-SQLAlchemy's {@code Model.query.filter}).
 * It is a mutable builder; every terminal method runs it in the session of the current context. jOOQ renders and
 * binds the SQL (the conditions are arbitrary); the rows are read by the DAO's generated row mapper straight from
 * the JDBC result set, without building jOOQ records.
 *
 * <pre>{@code
 * List<User> admins = users.where(USER.ROLE.eq("admin")).orderBy(USER.USERNAME).limit(10).list();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class ModelQuery<T> {
    /** Rows a {@link #stream()} fetches per round trip, so a large result is never held in memory at once. */
    static final int STREAM_FETCH_SIZE = 500;
    private final AbstractDao<T, ?> dao;
    private final List<Condition> conditions;
    private final List<OrderField<?>> orderBy = new ArrayList<>();
    private Integer limit;
    private Integer offset;

    ModelQuery(AbstractDao<T, ?> dao, List<Condition> conditions) {
        this.dao = dao;
        this.conditions = conditions;
    }

    /** Orders the results. */
    public ModelQuery<T> orderBy(OrderField<?>... fields) {
        orderBy.addAll(List.of(fields));
        return this;
    }

    /** Returns at most {@code limit} entities. */
    public ModelQuery<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        this.limit = limit;
        return this;
    }

    /** Skips the first {@code offset} entities. */
    public ModelQuery<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        this.offset = offset;
        return this;
    }

    /** The matching entities. */
    public List<T> list() {
        return fetch(select(limit, offset));
    }

    /**
     * The matching entities as a lazily fetched stream over an open cursor, {@value #STREAM_FETCH_SIZE} rows per
     * round trip. Close it (try-with-resources) to free the cursor before the context ends; a stream read to its
     * end frees it by itself.
     *
     * <pre>{@code
     * try (Stream<User> all = users.where().stream()) {
     *     all.forEach(this::export);
     * }
     * }</pre>
     */
    public Stream<T> stream() {
        Bind bind = bind();
        ResultQuery<Record> query = select(limit, offset);
        String sql = Dialects.renderer(bind.dialect()).render(query);
        PreparedStatement ps = null;
        try {
            ps = session().connection(bind.name()).prepareStatement(sql);
            ps.setFetchSize(STREAM_FETCH_SIZE);
            long started = System.nanoTime();
            Dialects.renderer(bind.dialect()).bindContext(ps).visit(query);
            ResultSet rs = ps.executeQuery();
            record(sql, query, started);
            Cursor cursor = new Cursor(ps, rs, bind.types());
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            closeQuietly(ps, e);
            throw SqlErrors.translate(dao.table(), "Reading", e);
        }
    }

    /** The first matching entity, if any. */
    public Optional<T> first() {
        List<T> found = fetch(select(1, offset));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The first matching entity (Flask-SQLAlchemy's {@code first_or_404}).
     *
     * @throws NotFoundException when nothing matches
     */
    public T firstOrThrow() {
        return first().orElseThrow(() -> new NotFoundException("No " + modelName() + " matches " + conditions));
    }

    /**
     * The only matching entity (Flask-SQLAlchemy's {@code one_or_404}).
     *
     * @throws NotFoundException         when nothing matches
     * @throws NonUniqueResultException when several match
     */
    public T one() {
        List<T> found = fetch(select(2, offset));
        if (found.isEmpty()) {
            throw new NotFoundException("No " + modelName() + " matches " + conditions);
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("More than one " + modelName() + " matches " + conditions);
        }
        return found.get(0);
    }

    /** The number of matching entities (ignoring limit and offset). */
    public long count() {
        Bind bind = bind();
        ResultQuery<?> query = Dialects.renderer(bind.dialect()).selectCount().from(dao.table()).where(conditions);
        return run(query, bind, "Counting", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * One page of the matching entities, pages counting from 1 (Flask-SQLAlchemy's {@code paginate}).
     *
     * @throws NotFoundException when {@code page} or {@code perPage} is below 1, or the page is empty and not the
     *                           first (Flask's 404 with {@code error_out})
     */
    public Page<T> page(int page, int perPage) {
        if (page < 1 || perPage < 1) {
            throw new NotFoundException("Page " + page + " with " + perPage + " per page does not exist: pages and "
                    + "page sizes count from 1");
        }
        long total = count();
        List<T> items = fetch(select(perPage, Math.multiplyExact(page - 1, perPage)));
        if (items.isEmpty() && page != 1) {
            throw new NotFoundException("Page " + page + " of " + modelName() + " is empty (" + total
                    + " in total, " + perPage + " per page)");
        }
        return new Page<>(items, page, perPage, total);
    }

    private ResultQuery<Record> select(Integer limit, Integer offset) {
        var ordered = Dialects.renderer(bind().dialect()).select(dao.table().fields()).from(dao.table())
                .where(conditions).orderBy(orderBy);
        SelectLimitStep<Record> step = ordered;
        if (limit != null && offset != null) {
            return step.limit(limit).offset(offset);
        } else if (limit != null) {
            return step.limit(limit);
        } else if (offset != null) {
            return step.offset(offset);
        }
        return step;
    }

    private List<T> fetch(ResultQuery<Record> query) {
        Bind bind = bind();
        JdbcTypes types = bind.types();
        return run(query, bind, "Reading", rs -> {
            List<T> entities = new ArrayList<>();
            while (rs.next()) {
                entities.add(dao.map(rs, types));
            }
            return entities;
        });
    }

    /** Renders {@code query} with jOOQ, binds it with jOOQ's binder, runs it on plain JDBC and reads the rows. */
    private <R> R run(ResultQuery<?> query, Bind bind, String action, Reader<R> reader) {
        org.jooq.DSLContext renderer = Dialects.renderer(bind.dialect());
        String sql = renderer.render(query);
        try (PreparedStatement ps = session().connection(bind.name()).prepareStatement(sql)) {
            long started = System.nanoTime();
            renderer.bindContext(ps).visit(query);
            try (ResultSet rs = ps.executeQuery()) {
                R result = reader.read(rs);
                record(sql, query, started);
                return result;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(dao.table(), action, e);
        }
    }

    /** Reads a result set. */
    @FunctionalInterface
    private interface Reader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    private void record(String sql, ResultQuery<?> query, long started) {
        Session session = session();
        if (session.recordsQueries()) {
            long elapsed = System.nanoTime() - started;
            session.record(sql, new ArrayList<>(query.getBindValues()), System.currentTimeMillis() - elapsed / 1_000_000,
                    started);
        }
    }

    private static void closeQuietly(PreparedStatement ps, SQLException failure) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private Session session() {
        return dao.db().session();
    }

    private Bind bind() {
        return dao.db().bind(dao.table().bind());
    }

    /** Walks an open result set with the generated row mapper; closes it at the end or when the stream is closed. */
    private final class Cursor extends Spliterators.AbstractSpliterator<T> {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final JdbcTypes types;
        private boolean closed;

        Cursor(PreparedStatement ps, ResultSet rs, JdbcTypes types) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.ps = ps;
            this.rs = rs;
            this.types = types;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            try {
                if (!rs.next()) {
                    close();
                    return false;
                }
                action.accept(dao.map(rs, types));
                return true;
            } catch (SQLException e) {
                close();
                throw SqlErrors.translate(dao.table(), "Reading", e);
            }
        }

        void close() {
            if (!closed) {
                closed = true;
                try (ps) {
                    rs.close();
                } catch (SQLException e) {
                    throw SqlErrors.translate(dao.table(), "Closing a stream of", e);
                }
            }
        }
    }

    private String modelName() {
        return dao.table().modelType().getSimpleName();
    }
}

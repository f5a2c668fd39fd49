package dev.tablesmith;

import dev.tablesmith.internal.Dialects;
import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
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
import org.jooq.BindContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * A query for the entities of one model that match conditions (Flask-SQLAlchemy's {@code Model.query.filter}).
 * It is a mutable builder; every terminal method runs it in the session of the current context. jOOQ renders the
 * conditions, once per shape of condition, and binds the values that cannot be bound directly; the rows are read
 * by the DAO's generated row mapper straight from the JDBC result set, without building jOOQ records.
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
    private final QueryTarget<T> dao;
    private final List<Condition> conditions;
    private final List<OrderField<?>> orderBy = new ArrayList<>();
    private Integer limit;
    private Long offset;
    private final List<Relation<T, ?>> relations = new ArrayList<>();

    ModelQuery(QueryTarget<T> dao, List<Condition> conditions) {
        this.dao = dao;
        this.conditions = conditions;
    }

    /** Orders the results. */
    public ModelQuery<T> orderBy(OrderField<?>... fields) {
        orderBy.addAll(List.of(fields));
        return this;
    }

    /**
     * Keyset pagination: the entities that sort after {@code cursor} (a {@link CursoredPage#nextCursor()}), or the
     * first ones when it is null, in this query's order with the id appended; {@code limit(n)} on the result runs it.
     *
     * @throws IllegalArgumentException when the cursor is not one of this ordering, or the ordering holds a
     *                                  nullable column or an expression
     */
    public CursoredQuery<T> after(String cursor) {
        return new CursoredQuery<>(dao, conditions, orderBy, cursor, true);
    }

    /** Like {@link #after}, the entities that sort before {@code cursor} (a {@link CursoredPage#previousCursor()}). */
    public CursoredQuery<T> before(String cursor) {
        return new CursoredQuery<>(dao, conditions, orderBy, java.util.Objects.requireNonNull(cursor, "cursor"),
                false);
    }

    /**
     * Fills {@code relations} of the entities this query returns ({@link #list()}, {@link #first()}, {@link #one()},
     * the pages), one more statement per relation level whatever the number of entities:
     * {@code authors.where(...).with(AuthorDao.BOOKS.with(BookDao.TAGS)).list()}.
     */
    @SafeVarargs
    public final ModelQuery<T> with(Relation<T, ?>... relations) {
        this.relations.addAll(List.of(relations));
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
        this.offset = (long) offset;
        return this;
    }

    /** The matching entities. */
    public List<T> list() {
        return fetch(limit, offset);
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
        if (!relations.isEmpty()) {
            throw new IllegalStateException("A stream cannot load " + relations + ": relations are loaded for all "
                    + "entities at once, one statement per level; use list() or page(...)");
        }
        Bind bind = bind();
        Statement statement = sql(bind, true, limit, offset);
        Session session = session();
        boolean claimed = session.enter();
        PreparedStatement ps = null;
        try {
            ps = session.connectionFor(bind.name()).prepareStatement(statement.sql());
            ps.setFetchSize(STREAM_FETCH_SIZE);
            long started = session.startTimer();
            bindValues(bind, ps, statement, limit, offset);
            ResultSet rs = ps.executeQuery();
            record(session, bind, statement.sql(), limit, offset, started);
            Cursor cursor = new Cursor(session, ps, rs, bind.types());
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (RefusedValueException e) {
            closeQuietly(ps, e);
            throw refused("Reading", e);
        } catch (SQLException e) {
            closeQuietly(ps, e);
            throw dao.translate(session, "Reading", e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    /** The first matching entity, if any. */
    public Optional<T> first() {
        List<T> found = fetch(1, offset);
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
        List<T> found = fetch(2, offset);
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
        return run(bind(), false, null, null, "Counting", rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /**
     * One page of the matching entities, pages counting from 1 (Flask-SQLAlchemy's {@code paginate}): one query
     * counts the matching entities, another reads the page.
     *
     * @throws NotFoundException when {@code page} or {@code perPage} is below 1, or the page is empty and not the
     *                           first (Flask's 404 with {@code error_out})
     */
    public Page<T> page(int page, int perPage) {
        checkPage(page, perPage);
        long total = count();
        long offset = (long) (page - 1) * perPage;
        if (page != 1 && offset >= total) {
            throw emptyPage(page, perPage, total);
        }
        List<T> items = fetch(perPage, offset);
        if (items.isEmpty() && page != 1) {
            throw emptyPage(page, perPage, total);
        }
        return new Page<>(items, page, perPage, total, false, number -> page(number, perPage));
    }

    /**
     * Like {@link #page(int, int)} with {@code perPage} capped at {@code maxPerPage} (Flask's {@code max_per_page}),
     * for a page size that comes from a request.
     */
    public Page<T> page(int page, int perPage, int maxPerPage) {
        if (maxPerPage < 1) {
            throw new IllegalArgumentException("maxPerPage must be at least 1, was " + maxPerPage);
        }
        return page(page, Math.min(perPage, maxPerPage));
    }

    /**
     * One page without the count query (Flask's {@code count=False}): one query reads the page and one row past it,
     * so {@link Page#hasNext()} is known; the total is not.
     *
     * @throws NotFoundException as {@link #page(int, int)} does
     */
    public Page<T> pageWithoutCount(int page, int perPage) {
        checkPage(page, perPage);
        long offset = (long) (page - 1) * perPage;
        List<T> items = fetch(perPage + 1L > Integer.MAX_VALUE ? perPage : perPage + 1, offset);
        if (items.isEmpty() && page != 1) {
            throw new NotFoundException("Page " + page + " of " + modelName() + " is empty (" + perPage
                    + " per page)");
        }
        boolean more = items.size() > perPage;
        return new Page<>(more ? items.subList(0, perPage) : items, page, perPage, -1, more,
                number -> pageWithoutCount(number, perPage));
    }

    private static void checkPage(int page, int perPage) {
        if (page < 1 || perPage < 1) {
            throw new NotFoundException("Page " + page + " with " + perPage + " per page does not exist: pages and "
                    + "page sizes count from 1");
        }
    }

    private NotFoundException emptyPage(int page, int perPage, long total) {
        return new NotFoundException("Page " + page + " of " + modelName() + " is empty (" + total + " in total, "
                + perPage + " per page)");
    }

    /**
     * The SQL of this query. The fixed part — {@code SELECT <columns> FROM <table>} or {@code SELECT COUNT(*) FROM
     * <table>} — was rendered once per dialect with the DAO's statements. The conditions are rendered once per
     * {@linkplain ConditionShape shape}, together with the two statements they complete (see
     * {@link DaoStatements#filter}), so a query without an order or a limit runs the very same SQL string each
     * time. Only an order, and conditions that have no shape, are rendered by jOOQ on every call.
     * {@code LIMIT ? OFFSET ?} is written the same on every supported database; an offset without a limit, which
     * is not, falls back to jOOQ rendering the whole query.
     */
    private Statement sql(Bind bind, boolean rows, Integer limit, Long offset) {
        DSLContext renderer = Dialects.renderer(bind.dialect());
        if (rows && limit == null && offset != null) {
            return new Statement(renderer.render(fullSelect(renderer, offset)), null, false);
        }
        DaoStatements statements = bind.statementsOf(dao.table());
        String filtered = rows ? statements.selectAll : statements.count;
        ConditionShape directValues = null;
        if (!conditions.isEmpty()) {
            Condition condition = condition();
            ConditionShape shape = ConditionShape.of(condition, dao.table());
            DaoStatements.Filter filter = statements.filter(condition, shape);
            filtered = rows ? filter.select() : filter.count();
            directValues = filter.cached() && shape.bindsDirectly() ? shape : null;
        }
        if (!rows || (orderBy.isEmpty() && limit == null)) {
            return new Statement(filtered, directValues, true);
        }
        StringBuilder sql = new StringBuilder(filtered);
        OrderShape order = orderBy.isEmpty() ? null : OrderShape.of(orderBy, dao.table());
        if (!orderBy.isEmpty()) {
            sql.append(" order by ");
            if (order != null) {
                sql.append(statements.orderBy(orderBy, order));
            } else {
                for (int i = 0; i < orderBy.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(renderer.render(orderBy.get(i)));
                }
            }
        }
        if (limit != null) {
            sql.append(offset == null ? " limit ?" : " limit ? offset ?");
        }
        return new Statement(sql.toString(), directValues, orderBy.isEmpty() || order != null);
    }

    /**
     * A statement of this query; the condition's values when they can be bound without jOOQ ({@code null} when jOOQ
     * binds them); and whether its order binds no values (none, or one of columns: see {@link OrderShape}).
     */
    private record Statement(String sql, ConditionShape directValues, boolean orderBindsNothing) {
    }

    /**
     * Binds the values of {@link #sql}: the conditions' (directly, or through jOOQ) and the order's (through jOOQ),
     * then limit and offset.
     */
    private void bindValues(Bind bind, PreparedStatement ps, Statement statement, Integer limit, Long offset)
            throws SQLException {
        DSLContext renderer = Dialects.renderer(bind.dialect());
        if (limit == null && offset != null) {
            checkOperands(renderer, bind.types());
            visit(renderer.bindContext(ps), fullSelect(renderer, offset));
            return;
        }
        int index;
        if (statement.orderBindsNothing() && conditions.isEmpty()) {
            index = 1;
        } else if (statement.orderBindsNothing() && statement.directValues() != null) {
            index = statement.directValues().bind(ps, 1, bind.types());
        } else {
            checkOperands(renderer, bind.types());
            BindContext context = renderer.bindContext(ps);
            if (!conditions.isEmpty()) {
                visit(context, condition());
            }
            for (OrderField<?> field : orderBy) {
                visit(context, field);
            }
            index = context.peekIndex();
        }
        if (limit != null) {
            ps.setInt(index, limit);
            if (offset != null) {
                ps.setLong(index + 1, offset);
            }
        }
    }

    /**
     * Refuses, before jOOQ binds them, the condition's values that the database would not read as written (jOOQ
     * binds text, numbers and dates itself). The conditions' values come first in every statement of this query.
     */
    private void checkOperands(DSLContext renderer, JdbcTypes types) throws RefusedValueException {
        if (!conditions.isEmpty()) {
            List<Object> values = renderer.extractBindValues(condition());
            for (int i = 0; i < values.size(); i++) {
                types.checkOperand(i + 1, values.get(i));
            }
        }
    }

    /** Binds {@code part}'s values; a value refused by Tablesmith's own binding comes out as it was thrown. */
    private static void visit(BindContext context, org.jooq.QueryPart part) throws RefusedValueException {
        try {
            context.visit(part);
        } catch (org.jooq.exception.DataAccessException e) {
            RefusedValueException refused = e.getCause(RefusedValueException.class);
            if (refused != null) {
                throw refused;
            }
            throw e;
        }
    }

    /** A refused value of this query's conditions (the only values it binds before its limit and offset). */
    private InvalidValueException refused(String action, RefusedValueException e) {
        org.jooq.Field<?> column = conditions.isEmpty() ? null
                : ConditionShape.columnOfValue(condition(), dao.table(), e.index() - 1);
        return InvalidValueException.of(dao.table(), action, column, e);
    }

    private Condition condition() {
        return conditions.size() == 1 ? conditions.get(0) : DSL.and(conditions);
    }

    private ResultQuery<Record> fullSelect(DSLContext renderer, long offset) {
        return renderer.select(dao.table().fields()).from(dao.table()).where(conditions).orderBy(orderBy)
                .offset(offset);
    }

    private List<T> fetch(Integer limit, Long offset) {
        Bind bind = bind();
        JdbcTypes types = bind.types();
        List<T> entities = run(bind, true, limit, offset, "Reading", rs -> {
            List<T> read = new ArrayList<>();
            while (rs.next()) {
                read.add(dao.map(rs, types));
            }
            return read;
        });
        return relations.isEmpty() || entities.isEmpty() ? entities
                : RelationLoader.load(dao.database(), entities, relations);
    }

    /**
     * Runs this query (its rows or its count) on plain JDBC and reads the result, in the session of the current
     * context; a first statement that finds its pooled connection dead runs again on a new one.
     */
    private <R> R run(Bind bind, boolean rows, Integer limit, Long offset, String action, Reader<R> reader) {
        Statement statement = sql(bind, rows, limit, offset);
        Session session = session();
        boolean claimed = session.enter();
        try {
            while (true) {
                try {
                    return runOnce(session, bind, statement, limit, offset, reader);
                } catch (SQLException e) {
                    if (e instanceof RefusedValueException || !session.reconnect(bind.name(), e)) {
                        throw e;
                    }
                }
            }
        } catch (RefusedValueException e) {
            throw refused(action, e);
        } catch (SQLException e) {
            throw dao.translate(session, action, e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    private <R> R runOnce(Session session, Bind bind, Statement statement, Integer limit, Long offset,
            Reader<R> reader) throws SQLException {
        try (PreparedStatement ps = session.connectionFor(bind.name()).prepareStatement(statement.sql())) {
            long started = session.startTimer();
            bindValues(bind, ps, statement, limit, offset);
            try (ResultSet rs = ps.executeQuery()) {
                R result = reader.read(rs);
                record(session, bind, statement.sql(), limit, offset, started);
                return result;
            }
        }
    }

    /** Reads a result set. */
    @FunctionalInterface
    private interface Reader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    private void record(Session session, Bind bind, String sql, Integer limit, Long offset, long started) {
        if (session.observes()) {
            List<Object> parameters = new ArrayList<>();
            DSLContext renderer = Dialects.renderer(bind.dialect());
            if (limit == null && offset != null) {
                parameters.addAll(renderer.extractBindValues(fullSelect(renderer, offset)));
            } else {
                if (!conditions.isEmpty()) {
                    parameters.addAll(renderer.extractBindValues(condition()));
                }
                for (OrderField<?> field : orderBy) {
                    parameters.addAll(renderer.extractBindValues(field));
                }
                if (limit != null) {
                    parameters.add(limit);
                }
                if (limit != null && offset != null) {
                    parameters.add(offset);
                }
            }
            session.record(sql, parameters, started);
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
        return dao.session();
    }

    private Bind bind() {
        return dao.bind();
    }

    /** Walks an open result set with the generated row mapper; closes it at the end or when the stream is closed. */
    private final class Cursor extends Spliterators.AbstractSpliterator<T> {
        private final Session session;
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final JdbcTypes types;
        private boolean closed;

        Cursor(Session session, PreparedStatement ps, ResultSet rs, JdbcTypes types) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.session = session;
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
                throw dao.translate(session, "Reading", e);
            }
        }

        void close() {
            if (!closed) {
                closed = true;
                try (ps) {
                    rs.close();
                } catch (SQLException e) {
                    throw dao.translate(session, "Closing a stream of", e);
                }
            }
        }
    }

    private String modelName() {
        return dao.table().modelType().getSimpleName();
    }
}

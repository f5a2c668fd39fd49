package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Condition;
import org.jooq.OrderField;

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
    /** The SQL of this query and how its values bind; it reads the two lists above, so it follows orderBy(...). */
    private final QuerySql querySql;
    private Integer limit;
    private Long offset;
    private final List<Relation<T, ?>> relations = new ArrayList<>();

    ModelQuery(QueryTarget<T> dao, List<Condition> conditions) {
        this.dao = dao;
        this.conditions = conditions;
        this.querySql = new QuerySql(dao.table(), conditions, orderBy);
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
        QuerySql.Statement statement = querySql.statement(bind, true, limit, offset);
        Session session = session();
        boolean claimed = session.enter();
        PreparedStatement ps = null;
        try {
            ps = session.connectionFor(bind.name()).prepareStatement(statement.sql());
            ps.setFetchSize(STREAM_FETCH_SIZE);
            long started = session.startTimer();
            querySql.bind(bind, ps, statement, limit, offset);
            ResultSet rs = ps.executeQuery();
            record(session, bind, statement.sql(), limit, offset, started);
            QueryCursor<T> cursor = new QueryCursor<>(ps, rs, bind.types(), dao::map,
                    e -> dao.translate(session, "Reading", e));
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

    private InvalidValueException refused(String action, RefusedValueException e) {
        org.jooq.Field<?> column = conditions.isEmpty() ? null
                : ConditionShape.columnOfValue(querySql.condition(), dao.table(), e.index() - 1);
        return InvalidValueException.of(dao.table(), action, column, e);
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
        QuerySql.Statement statement = querySql.statement(bind, rows, limit, offset);
        Session session = session();
        boolean claimed = session.enter();
        try {
            return session.reconnecting(bind.name(),
                    () -> runOnce(session, bind, statement, limit, offset, reader));
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

    private <R> R runOnce(Session session, Bind bind, QuerySql.Statement statement, Integer limit, Long offset,
            Reader<R> reader) throws SQLException {
        try (PreparedStatement ps = session.connectionFor(bind.name()).prepareStatement(statement.sql())) {
            long started = session.startTimer();
            querySql.bind(bind, ps, statement, limit, offset);
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
            session.record(sql, querySql.parameters(bind, limit, offset), started);
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

    private String modelName() {
        return dao.table().modelType().getSimpleName();
    }
}

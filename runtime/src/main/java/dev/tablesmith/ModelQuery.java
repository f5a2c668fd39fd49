package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectLimitStep;

/**
 * A query for the entities of one model that match conditions (Flask-SQLAlchemy's {@code Model.query.filter}).
 * It is a mutable builder; every terminal method runs it in the session of the current context.
 *
 * <pre>{@code
 * List<User> admins = users.where(USER.ROLE.eq("admin")).orderBy(USER.USERNAME).limit(10).list();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class ModelQuery<T> {
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
        return select(limit, offset).fetch(dao::fromRecord);
    }

    /**
     * The matching entities as a lazily fetched stream over an open cursor. Close it (try-with-resources) to free
     * the cursor before the context ends.
     */
    public Stream<T> stream() {
        return select(limit, offset).fetchStream().map(dao::fromRecord);
    }

    /** The first matching entity, if any. */
    public Optional<T> first() {
        return Optional.ofNullable(select(1, offset).fetchOne(dao::fromRecord));
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
        List<T> found = select(2, offset).fetch(dao::fromRecord);
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
        return dsl().fetchCount(dsl().selectFrom(dao.table()).where(conditions));
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
        List<T> items = select(perPage, Math.multiplyExact(page - 1, perPage)).fetch(dao::fromRecord);
        if (items.isEmpty() && page != 1) {
            throw new NotFoundException("Page " + page + " of " + modelName() + " is empty (" + total
                    + " in total, " + perPage + " per page)");
        }
        return new Page<>(items, page, perPage, total);
    }

    private ResultQuery<Record> select(Integer limit, Integer offset) {
        var ordered = dsl().select(dao.table().fields()).from(dao.table()).where(conditions).orderBy(orderBy);
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

    private DSLContext dsl() {
        return dao.db().session().dsl(dao.table().bind());
    }

    private String modelName() {
        return dao.table().modelType().getSimpleName();
    }
}

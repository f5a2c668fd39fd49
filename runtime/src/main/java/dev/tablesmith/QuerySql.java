package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import dev.tablesmith.internal.Dialects;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BindContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The SQL of one {@link ModelQuery} execution and how its values bind: reusing the statements the DAO rendered once
 * per dialect wherever the query's shape allows, and jOOQ's rendering and binding where it does not. Kept apart from
 * the query's builder methods so that the rules of what is cached and what is rendered read in one place.
 */
final class QuerySql {
    private final ModelTable<?> table;
    private final List<Condition> conditions;
    private final List<OrderField<?>> orderBy;

    QuerySql(ModelTable<?> table, List<Condition> conditions, List<OrderField<?>> orderBy) {
        this.table = table;
        this.conditions = conditions;
        this.orderBy = orderBy;
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
    Statement statement(Bind bind, boolean rows, Integer limit, Long offset) {
        DSLContext renderer = Dialects.renderer(bind.dialect());
        if (rows && limit == null && offset != null) {
            return new Statement(renderer.render(fullSelect(renderer, offset)), null, false);
        }
        DaoStatements statements = bind.statementsOf(table);
        String filtered = rows ? statements.selectAll : statements.count;
        ConditionShape directValues = null;
        if (!conditions.isEmpty()) {
            Condition condition = condition();
            ConditionShape shape = ConditionShape.of(condition, table);
            DaoStatements.Filter filter = statements.filter(condition, shape);
            filtered = rows ? filter.select() : filter.count();
            directValues = filter.cached() && shape.bindsDirectly() ? shape : null;
        }
        if (!rows || (orderBy.isEmpty() && limit == null)) {
            return new Statement(filtered, directValues, true);
        }
        StringBuilder sql = new StringBuilder(filtered);
        OrderShape order = orderBy.isEmpty() ? null : OrderShape.of(orderBy, table);
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
    record Statement(String sql, ConditionShape directValues, boolean orderBindsNothing) {
    }

    /**
     * Binds the values of {@link #statement}: the conditions' (directly, or through jOOQ) and the order's (through jOOQ),
     * then limit and offset.
     */
    void bind(Bind bind, PreparedStatement ps, Statement statement, Integer limit, Long offset)
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

    /** The query's conditions as one. */
    Condition condition() {
        return conditions.size() == 1 ? conditions.get(0) : DSL.and(conditions);
    }

    private ResultQuery<Record> fullSelect(DSLContext renderer, long offset) {
        return renderer.select(table.fields()).from(table).where(conditions).orderBy(orderBy)
                .offset(offset);
    }

    /** The values {@link #bind} binds, in order, for recorded and logged statements. */
    List<Object> parameters(Bind bind, Integer limit, Long offset) {
        List<Object> parameters = new ArrayList<>();
        DSLContext renderer = Dialects.renderer(bind.dialect());
        if (limit == null && offset != null) {
            parameters.addAll(renderer.extractBindValues(fullSelect(renderer, offset)));
            return parameters;
        }
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
        return parameters;
    }
}

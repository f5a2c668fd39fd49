package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.IdentityConverter;
import org.jooq.impl.QOM;

/**
 * The shape of a {@code where(...)} condition: everything its SQL depends on except the values it binds. Conditions
 * of one shape render to the same SQL with {@code ?} placeholders, so {@link ModelQuery} has jOOQ render a shape
 * once per dialect and afterwards only binds its values; rendering was most of what a condition query cost beyond
 * plain JDBC.
 *
 * <p>Only conditions built from the everyday operators have a shape: comparisons, {@code AND}, {@code OR},
 * {@code NOT}, {@code IS [NOT] NULL}, {@code IN (...)} and {@code LIKE}, over columns of the queried table and bind
 * values. Anything else — plain SQL, functions, sub-queries, other tables' columns, inlined values — has none, and
 * is rendered on every call as before, so an unknown construct can never be served someone else's SQL.
 */
final class ConditionShape {
    /** Beyond this many values jOOQ may inline them (every dialect has a limit), so such conditions have no shape. */
    static final int MAX_BINDS = 256;
    /** The operators, columns and value types, in the order jOOQ's model nests them: what equality compares. */
    private final List<Object> parts;
    /** This condition's values, in the same order; not part of the shape. */
    private final List<Param<?>> values;
    /**
     * The column each value is compared with ({@code null} where there is none), when asked for by
     * {@link #columnOfValue}; {@code null} otherwise, so that describing a shape for a query costs nothing more.
     */
    private final List<Field<?>> columns;
    /** The column of the comparison being described, for {@link #columns}. */
    private Field<?> comparedColumn;

    private ConditionShape(List<Object> parts, List<Param<?>> values, List<Field<?>> columns) {
        this.parts = parts;
        this.values = values;
        this.columns = columns;
    }

    /**
     * Stands for a bind value of a given type and null-ness; the value itself is not part of the shape. The type is
     * described by what its placeholder's rendering can depend on (a cast to {@code varchar(80)}, say), not by the
     * {@code DataType} object: jOOQ makes a new one for every comparison with a string, and its own {@code equals}
     * renders SQL, which the hot path cannot afford.
     */
    private record Bound(TypeKey dataType, boolean isNull) {
    }

    /** What of a bind value's type can change the SQL of its placeholder. */
    private record TypeKey(Class<?> type, Identity sqlDataType, int length, int precision, int scale,
            Class<?> binding, Class<?> converter) {
        static TypeKey of(DataType<?> type) {
            return new TypeKey(type.getType(), new Identity(type.getSQLDataType()),
                    type.lengthDefined() ? type.length() : -1, type.precisionDefined() ? type.precision() : -1,
                    type.scaleDefined() ? type.scale() : -1, type.getBinding().getClass(),
                    type.getConverter().getClass());
        }
    }

    /** An object compared by identity. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** A {@code LIKE}'s escape character, which is rendered into the SQL. */
    private record Escape(Character character) {
    }

    /** The operators a shape may contain, by the jOOQ model interface that identifies each. */
    private enum Operator {
        EQ, NE, LT, LE, GT, GE, AND, OR, NOT, IS_NULL, IS_NOT_NULL, IN, NOT_IN, LIKE, NOT_LIKE
    }

    /**
     * The shape of {@code condition} over {@code table}, or {@code null} when the condition contains anything
     * outside the shapes this class knows.
     */
    static ConditionShape of(Condition condition, Table<?> table) {
        ConditionShape shape = new ConditionShape(new ArrayList<>(8), new ArrayList<>(4), null);
        return shape.describe(condition, table) && shape.values.size() <= MAX_BINDS ? shape : null;
    }

    /**
     * The column of {@code table} that the value at {@code index} (from 0, in placeholder order) of
     * {@code condition} is compared with, or {@code null} when there is none or the condition is not of a shape this
     * class knows up to that value. For messages about a refused value; it describes the condition again.
     */
    static Field<?> columnOfValue(Condition condition, Table<?> table, int index) {
        ConditionShape shape = new ConditionShape(new ArrayList<>(8), new ArrayList<>(4), new ArrayList<>(4));
        shape.describe(condition, table);
        return index >= 0 && index < shape.columns.size() ? shape.columns.get(index) : null;
    }

    /**
     * Whether {@code sql}, rendered from a condition of this shape, has a placeholder for each value: the last
     * guard against caching SQL into which jOOQ inlined a value.
     */
    boolean placeholdersMatch(String sql) {
        int placeholders = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                placeholders++;
            }
        }
        return placeholders == values.size();
    }

    /**
     * Whether every value can be bound with a plain {@code PreparedStatement} setter, as jOOQ would bind it: a
     * non-null {@code String}, {@code Integer}, {@code Long} or {@code Boolean} of a type with jOOQ's own binding
     * and no converter. Anything else is bound by jOOQ.
     */
    boolean bindsDirectly() {
        for (Param<?> value : values) {
            Object v = value.getValue();
            if (!(v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Boolean)
                    || value.getDataType().getType() != v.getClass()
                    || !(value.getDataType().getConverter() instanceof IdentityConverter)
                    || !value.getDataType().getBinding().getClass().getPackageName().equals("org.jooq.impl")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds this condition's values from parameter {@code first} on, in the order of the placeholders of its SQL;
     * only when {@link #bindsDirectly()} and the SQL passed {@link #placeholdersMatch}. Text goes through
     * {@code types}, which refuses what the database would not read as written.
     *
     * @return the next parameter index
     */
    int bind(PreparedStatement ps, int first, JdbcTypes types) throws SQLException {
        int index = first;
        for (Param<?> value : values) {
            switch (value.getValue()) {
                case String text -> types.setString(ps, index, text);
                case Integer number -> ps.setInt(index, number);
                case Long number -> ps.setLong(index, number);
                case Boolean flag -> ps.setBoolean(index, flag);
                default -> throw new IllegalStateException("Not directly bindable: " + value);
            }
            index++;
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConditionShape shape && shape.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    private boolean describe(QueryPart part, Table<?> table) {
        return switch (part) {
            case TableField<?, ?> column -> {
                parts.add(new Identity(column));
                yield column.getTable() == table;
            }
            case Param<?> value -> {
                parts.add(new Bound(TypeKey.of(value.getDataType()), value.getValue() == null));
                values.add(value);
                if (columns != null) {
                    columns.add(comparedColumn);
                }
                yield !value.isInline();
            }
            case QOM.Eq<?> eq -> binary(Operator.EQ, eq.$arg1(), eq.$arg2(), table);
            case QOM.Ne<?> ne -> binary(Operator.NE, ne.$arg1(), ne.$arg2(), table);
            case QOM.Lt<?> lt -> binary(Operator.LT, lt.$arg1(), lt.$arg2(), table);
            case QOM.Le<?> le -> binary(Operator.LE, le.$arg1(), le.$arg2(), table);
            case QOM.Gt<?> gt -> binary(Operator.GT, gt.$arg1(), gt.$arg2(), table);
            case QOM.Ge<?> ge -> binary(Operator.GE, ge.$arg1(), ge.$arg2(), table);
            case QOM.And and -> binary(Operator.AND, and.$arg1(), and.$arg2(), table);
            case QOM.Or or -> binary(Operator.OR, or.$arg1(), or.$arg2(), table);
            case QOM.Not not -> unary(Operator.NOT, not.$arg1(), table);
            case QOM.IsNull isNull -> unary(Operator.IS_NULL, isNull.$arg1(), table);
            case QOM.IsNotNull isNotNull -> unary(Operator.IS_NOT_NULL, isNotNull.$arg1(), table);
            case QOM.InList<?> in -> list(Operator.IN, in.$arg1(), in.$arg2(), table);
            case QOM.NotInList<?> notIn -> list(Operator.NOT_IN, notIn.$arg1(), notIn.$arg2(), table);
            case QOM.Like like -> like(Operator.LIKE, like.$arg1(), like.$arg2(), like.$arg3(), table);
            case QOM.NotLike notLike ->
                    like(Operator.NOT_LIKE, notLike.$arg1(), notLike.$arg2(), notLike.$arg3(), table);
            default -> false;
        };
    }

    private boolean unary(Operator operator, QueryPart operand, Table<?> table) {
        parts.add(operator);
        return describe(operand, table);
    }

    private boolean binary(Operator operator, QueryPart left, QueryPart right, Table<?> table) {
        parts.add(operator);
        compares(left instanceof TableField<?, ?> column ? column
                : right instanceof TableField<?, ?> column ? column : null);
        return describe(left, table) && describe(right, table);
    }

    /** Notes the column of a comparison, for {@link #columnOfValue}. */
    private void compares(Field<?> column) {
        if (columns != null) {
            comparedColumn = column;
        }
    }

    /** {@code IN} lists render one placeholder per element (or padded ones), so their length is part of the shape. */
    private boolean list(Operator operator, Field<?> column, List<? extends Field<?>> elements, Table<?> table) {
        parts.add(operator);
        parts.add(elements.size());
        compares(column instanceof TableField<?, ?> ? column : null);
        if (!describe(column, table)) {
            return false;
        }
        for (Field<?> element : elements) {
            if (!describe(element, table)) {
                return false;
            }
        }
        return true;
    }

    private boolean like(Operator operator, Field<?> value, Field<String> pattern, Character escape,
            Table<?> table) {
        parts.add(operator);
        parts.add(new Escape(escape));
        compares(value instanceof TableField<?, ?> ? value : null);
        return describe(value, table) && describe(pattern, table);
    }
}

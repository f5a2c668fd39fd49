package dev.tablesmith.generated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.RenderContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A jOOQ binding that binds and reads a column exactly as {@link JdbcTypes} does for the generated DAOs, so a value
 * written one way reads back the same the other way. Generated tables use it for the types whose jOOQ binding
 * disagrees with the storage Tablesmith chose: jOOQ writes a zoned {@code Instant} literal that MariaDB/MySQL reject,
 * reads SQLite date-times with millisecond precision only, and moves days before the Gregorian calendar. Values bound
 * here are checked as {@link JdbcTypes} checks them.
 *
 * @param <T> the Java type
 */
public final class JdbcTypesBinding<T> implements Binding<T, T> {
    private static final long serialVersionUID = 1L;

    /** For {@code Instant} columns. */
    public static final JdbcTypesBinding<Instant> INSTANT = new JdbcTypesBinding<>(Instant.class,
            SQLDataType.TIMESTAMPWITHTIMEZONE(6),
            (types, ps, index, value) -> types.bindInstant(ps, index, value), JdbcTypes::getInstant,
            (dialect, value) -> JdbcTypes.storesInstantsAsUtcDateTime(dialect)
                    ? LocalDateTime.ofInstant(value, ZoneOffset.UTC) : value.atOffset(ZoneOffset.UTC));

    /**
     * For {@code LocalDate} columns: jOOQ's own binding goes through {@code java.sql.Date}, whose Julian calendar
     * moves days before 1582-10-15 (1000-01-01 was written as 1000-01-06 and read as 0999-12-27 on H2).
     */
    public static final JdbcTypesBinding<LocalDate> LOCAL_DATE = new JdbcTypesBinding<>(LocalDate.class,
            SQLDataType.DATE, (types, ps, index, value) -> types.setLocalDate(ps, index, value),
            JdbcTypes::getLocalDate, (dialect, value) -> value);

    /** For {@code LocalDateTime} columns. */
    public static final JdbcTypesBinding<LocalDateTime> LOCAL_DATE_TIME = new JdbcTypesBinding<>(
            LocalDateTime.class, SQLDataType.TIMESTAMP(6),
            (types, ps, index, value) -> types.bindLocalDateTime(ps, index, value), JdbcTypes::getLocalDateTime,
            (dialect, value) -> value);

    private final transient Converter<T, T> converter;
    /** The SQL type a bind value is cast to where a cast is needed (on H2, the only dialect that needs one here). */
    private final transient DataType<?> sqlType;
    private final transient Setter<T> setter;
    private final transient Getter<T> getter;
    private final transient Literal<T> literal;

    private JdbcTypesBinding(Class<T> type, DataType<?> sqlType, Setter<T> setter, Getter<T> getter,
            Literal<T> literal) {
        this.converter = Converter.ofNullable(type, type, Function.identity(), Function.identity());
        this.sqlType = sqlType;
        this.setter = setter;
        this.getter = getter;
        this.literal = literal;
    }

    @Override
    public Converter<T, T> converter() {
        return converter;
    }

    @Override
    public void sql(BindingSQLContext<T> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            T value = ctx.value();
            ctx.render().visit(DSL.inline(value == null ? null : literal.of(ctx.dialect(), value)));
        } else if (ctx.family() == SQLDialect.H2 && ctx.render().castMode() != RenderContext.CastMode.NEVER) {
            // H2 cannot type a bare ? where nothing else gives it a type, as in a MERGE's USING (SELECT ? "c", ...):
            // jOOQ's own bindings cast every bind value on H2, so do the same.
            ctx.render().sql("cast(").sql(ctx.variable()).sql(" as ")
                    .sql(sqlType.getCastTypeName(ctx.configuration())).sql(')');
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void set(BindingSetStatementContext<T> ctx) throws SQLException {
        setter.set(JdbcTypes.of(ctx.dialect()), ctx.statement(), ctx.index(), ctx.value());
    }

    @Override
    public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
        ctx.value(getter.get(JdbcTypes.of(ctx.dialect()), ctx.resultSet(), ctx.index()));
    }

    @Override
    public void register(BindingRegisterContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("OUT parameters are not supported for Tablesmith columns");
    }

    @Override
    public void get(BindingGetStatementContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("OUT parameters are not supported for Tablesmith columns");
    }

    @Override
    public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("user-defined types are not supported for Tablesmith columns");
    }

    @Override
    public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("user-defined types are not supported for Tablesmith columns");
    }

    @FunctionalInterface
    private interface Setter<T> {
        void set(JdbcTypes types, PreparedStatement ps, int index, T value) throws SQLException;
    }

    @FunctionalInterface
    private interface Getter<T> {
        T get(JdbcTypes types, ResultSet rs, int index) throws SQLException;
    }

    /** The value to inline in SQL text, in the representation the dialect stores. */
    @FunctionalInterface
    private interface Literal<T> {
        Object of(SQLDialect dialect, T value);
    }
}

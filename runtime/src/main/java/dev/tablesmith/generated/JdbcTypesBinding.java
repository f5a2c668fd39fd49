package dev.tablesmith.generated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
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
import org.jooq.JSONB;
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
 * <p>Durations and JSON are stored in a type of another name ({@code BIGINT}, {@code JSONB}), so their bindings also
 * convert: the column's jOOQ type is the database's, the field's is the Java type.
 *
 * @param <T> the database type, as jOOQ's {@code SQLDataType} names it
 * @param <U> the Java type
 */
public final class JdbcTypesBinding<T, U> implements Binding<T, U> {
    private static final long serialVersionUID = 1L;

    /** For {@code Instant} columns. */
    public static final JdbcTypesBinding<Instant, Instant> INSTANT = new JdbcTypesBinding<>(identity(Instant.class),
            SQLDataType.TIMESTAMPWITHTIMEZONE(6),
            (types, ps, index, value) -> types.bindInstant(ps, index, value), JdbcTypes::getInstant,
            (dialect, value) -> JdbcTypes.storesInstantsAsUtcDateTime(dialect)
                    ? LocalDateTime.ofInstant(value, ZoneOffset.UTC) : value.atOffset(ZoneOffset.UTC));

    /**
     * For {@code LocalDate} columns: jOOQ's own binding goes through {@code java.sql.Date}, whose Julian calendar
     * moves days before 1582-10-15 (1000-01-01 was written as 1000-01-06 and read as 0999-12-27 on H2).
     */
    public static final JdbcTypesBinding<LocalDate, LocalDate> LOCAL_DATE = new JdbcTypesBinding<>(
            identity(LocalDate.class), SQLDataType.DATE, (types, ps, index, value) -> types.setLocalDate(ps, index, value),
            JdbcTypes::getLocalDate, (dialect, value) -> value);

    /** For {@code LocalDateTime} columns. */
    public static final JdbcTypesBinding<LocalDateTime, LocalDateTime> LOCAL_DATE_TIME = new JdbcTypesBinding<>(
            identity(LocalDateTime.class), SQLDataType.TIMESTAMP(6),
            (types, ps, index, value) -> types.bindLocalDateTime(ps, index, value), JdbcTypes::getLocalDateTime,
            (dialect, value) -> value);

    /**
     * For {@code OffsetDateTime} columns, stored like {@code Instant} columns, by their instant: values read back at
     * UTC.
     */
    public static final JdbcTypesBinding<OffsetDateTime, OffsetDateTime> OFFSET_DATE_TIME = new JdbcTypesBinding<>(
            identity(OffsetDateTime.class), SQLDataType.TIMESTAMPWITHTIMEZONE(6),
            (types, ps, index, value) -> types.bindOffsetDateTime(ps, index, value), JdbcTypes::getOffsetDateTime,
            (dialect, value) -> JdbcTypes.storesInstantsAsUtcDateTime(dialect)
                    ? LocalDateTime.ofInstant(value.toInstant(), ZoneOffset.UTC)
                    : value.withOffsetSameInstant(ZoneOffset.UTC));

    /** For {@code LocalTime} columns: SQLite keeps them as text, which jOOQ's own binding would not write. */
    public static final JdbcTypesBinding<LocalTime, LocalTime> LOCAL_TIME = new JdbcTypesBinding<>(
            identity(LocalTime.class), SQLDataType.TIME(6),
            (types, ps, index, value) -> types.bindLocalTime(ps, index, value), JdbcTypes::getLocalTime,
            (dialect, value) -> dialect.family() == SQLDialect.SQLITE ? SqliteJdbcTypes.WRITE_TIME.format(value)
                    : value);

    /** For {@code Duration} columns: a {@code BIGINT} of nanoseconds. */
    public static final JdbcTypesBinding<Long, Duration> DURATION = new JdbcTypesBinding<>(
            Converter.ofNullable(Long.class, Duration.class, Duration::ofNanos, Duration::toNanos),
            SQLDataType.BIGINT, (types, ps, index, value) -> types.setDuration(ps, index, value),
            JdbcTypes::getDuration, (dialect, value) -> value.toNanos());

    /**
     * For JSON columns holding text: {@code jsonb} on PostgreSQL, text elsewhere (see {@code SchemaDdl}). Values
     * jOOQ binds are checked like the DAO's, so a condition cannot send invalid JSON to {@code jsonb} either.
     */
    public static final JdbcTypesBinding<JSONB, String> JSON = new JdbcTypesBinding<>(
            Converter.ofNullable(JSONB.class, String.class, JSONB::data, JSONB::valueOf),
            SQLDataType.VARCHAR, (types, ps, index, value) -> types.setJson(ps, index, value),
            JdbcTypes::getJson, (dialect, value) -> value);

    private final transient Converter<T, U> converter;
    /** The SQL type a bind value is cast to where a cast is needed (on H2, the only dialect that needs one here). */
    private final transient DataType<?> sqlType;
    private final transient Setter<U> setter;
    private final transient Getter<U> getter;
    private final transient Literal<U> literal;

    private JdbcTypesBinding(Converter<T, U> converter, DataType<?> sqlType, Setter<U> setter, Getter<U> getter,
            Literal<U> literal) {
        this.converter = converter;
        this.sqlType = sqlType;
        this.setter = setter;
        this.getter = getter;
        this.literal = literal;
    }

    private static <T> Converter<T, T> identity(Class<T> type) {
        return Converter.ofNullable(type, type, Function.identity(), Function.identity());
    }

    @Override
    public Converter<T, U> converter() {
        return converter;
    }

    @Override
    public void sql(BindingSQLContext<U> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            U value = ctx.value();
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
    public void set(BindingSetStatementContext<U> ctx) throws SQLException {
        setter.set(JdbcTypes.of(ctx.dialect()), ctx.statement(), ctx.index(), ctx.value());
    }

    @Override
    public void get(BindingGetResultSetContext<U> ctx) throws SQLException {
        ctx.value(getter.get(JdbcTypes.of(ctx.dialect()), ctx.resultSet(), ctx.index()));
    }

    @Override
    public void register(BindingRegisterContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("OUT parameters are not supported for Tablesmith columns");
    }

    @Override
    public void get(BindingGetStatementContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("OUT parameters are not supported for Tablesmith columns");
    }

    @Override
    public void get(BindingGetSQLInputContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("user-defined types are not supported for Tablesmith columns");
    }

    @Override
    public void set(BindingSetSQLOutputContext<U> ctx) throws SQLException {
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

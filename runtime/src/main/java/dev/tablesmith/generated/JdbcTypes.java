package dev.tablesmith.generated;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.SQLDialect;

/**
 * Binds and reads the column types that need more than a plain JDBC call, in the representation jOOQ uses for
 * the same {@code SQLDataType} on each dialect, so that rows written by a generated DAO read back through jOOQ and
 * the other way round. Generated binders and row mappers call it; primitives go straight to JDBC, except
 * {@code double} and {@code float}.
 *
 * <p>It binds only values the database stores exactly. A value the database would change — text that is not valid
 * Unicode or is longer than its column, a decimal with more digits than its column keeps, a date outside the range
 * the database stores, NaN where it has none, a date-time finer than microseconds — is refused with a
 * {@link RefusedValueException} before anything is sent; what each database keeps is described in
 * {@link ValueLimits}. The checks cost a comparison or two, and one pass over the chars of text, without allocating.
 */
public class JdbcTypes {
    private static final JdbcTypes H2 = new JdbcTypes(ValueLimits.H2);
    private static final JdbcTypes POSTGRES = new PostgresJdbcTypes();
    private static final JdbcTypes MARIADB = new TextualJdbcTypes(ValueLimits.MARIADB);
    private static final JdbcTypes MYSQL = new TextualJdbcTypes(ValueLimits.MYSQL);
    private static final JdbcTypes SQLITE = new SqliteJdbcTypes();
    private static final JdbcTypes STANDARD = new JdbcTypes(ValueLimits.ANY);

    /** The binder for {@code dialect}. */
    public static JdbcTypes of(SQLDialect dialect) {
        return switch (dialect.family()) {
            case H2 -> H2;
            case POSTGRES -> POSTGRES;
            case MARIADB -> MARIADB;
            case MYSQL -> MYSQL;
            case SQLITE -> SQLITE;
            default -> STANDARD;
        };
    }

    final ValueLimits limits;

    JdbcTypes(ValueLimits limits) {
        this.limits = limits;
    }

    /**
     * Whether {@code dialect} stores {@code Instant} columns as a UTC date-time (no zoned timestamp type in jOOQ's
     * open-source support for it); the DDL and this binder agree on it.
     */
    public static boolean storesInstantsAsUtcDateTime(SQLDialect dialect) {
        return of(dialect) instanceof TextualJdbcTypes;
    }

    public void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public void setShort(PreparedStatement ps, int index, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.SMALLINT);
        } else {
            ps.setShort(index, value);
        }
    }

    public void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    public void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            setDouble(ps, index, value.doubleValue());
        }
    }

    /** For {@code double} columns: refuses NaN and infinities where the database has none. */
    public final void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        String problem = limits.floating(value);
        if (problem != null) {
            throw refused(index, value, problem);
        }
        ps.setDouble(index, value);
    }

    public void setFloat(PreparedStatement ps, int index, Float value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            setFloat(ps, index, value.floatValue());
        }
    }

    /** For {@code float} columns: refuses NaN and infinities where the database has none. */
    public final void setFloat(PreparedStatement ps, int index, float value) throws SQLException {
        String problem = limits.floating(value);
        if (problem != null) {
            throw refused(index, value, problem);
        }
        ps.setFloat(index, value);
    }

    /** Binds text of any length; refuses text that is not valid Unicode, or that the database cannot store. */
    public void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            String problem = limits.text(value);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setString(index, value);
        }
    }

    /**
     * Binds text for a column of {@code length} characters: also refuses text longer than that, on every database
     * (SQLite would keep it, the others refuse it without naming the column or cut it).
     */
    public final void setString(PreparedStatement ps, int index, String value, int length) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            String problem = limits.text(value, length);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setString(index, value);
        }
    }

    /** Binds a decimal whose column is not known; refuses only digits the database keeps of no decimal. */
    public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            String problem = limits.decimal(value);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setBigDecimal(index, value);
        }
    }

    /**
     * Binds a decimal for a {@code DECIMAL(precision, scale)} column: refuses it when the column would round it or
     * cannot hold it (and, on SQLite, when it has more significant digits than a REAL keeps).
     */
    public final void setBigDecimal(PreparedStatement ps, int index, BigDecimal value, int precision, int scale)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            String problem = limits.decimal(value, precision, scale);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setBigDecimal(index, value);
        }
    }

    public void setBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARBINARY);
        } else {
            ps.setBytes(index, value);
        }
    }

    /** Binds an enum by name (a Java identifier: always valid text). */
    public void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.name());
        }
    }

    /** Binds an instant to store: refuses it outside the database's range and when finer than microseconds. */
    public final void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value != null) {
            String problem = limits.instant(value, true);
            if (problem != null) {
                throw refused(index, value, problem);
            }
        }
        writeInstant(ps, index, value);
    }

    /**
     * Binds an instant that jOOQ binds, mostly to compare ({@code where(CREATED.lt(Instant.now()))}): refuses it
     * outside the database's range, and leaves digits finer than microseconds to the database.
     */
    public final void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value != null) {
            String problem = limits.instant(value, false);
            if (problem != null) {
                throw refused(index, value, problem);
            }
        }
        writeInstant(ps, index, value);
    }

    void writeInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    /** Binds a date; refuses it outside the database's range. */
    public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            String problem = limits.date(value);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setObject(index, value);
        }
    }

    /** Binds a date-time to store: refuses it outside the database's range and when finer than microseconds. */
    public final void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value != null) {
            String problem = limits.dateTime(value, true);
            if (problem != null) {
                throw refused(index, value, problem);
            }
        }
        writeLocalDateTime(ps, index, value);
    }

    /** Binds a date-time that jOOQ binds, as {@link #bindInstant} an instant. */
    public final void bindLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value != null) {
            String problem = limits.dateTime(value, false);
            if (problem != null) {
                throw refused(index, value, problem);
            }
        }
        writeLocalDateTime(ps, index, value);
    }

    void writeLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Binds an offset date-time to store, as its instant (no supported database keeps the offset in every dialect:
     * PostgreSQL's {@code timestamptz} does not either); refuses it as {@link #setInstant} an instant.
     */
    public final void setOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        setInstant(ps, index, value == null ? null : value.toInstant());
    }

    /** Binds an offset date-time that jOOQ binds, as {@link #bindInstant} an instant. */
    public final void bindOffsetDateTime(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
        bindInstant(ps, index, value == null ? null : value.toInstant());
    }

    /** Binds a time of day to store: refuses it when finer than microseconds, which the column would cut. */
    public final void setLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        if (value != null && value.getNano() % 1000 != 0) {
            throw refused(index, value, ValueLimits.finerThanMicroseconds(value.getNano()));
        }
        writeLocalTime(ps, index, value);
    }

    /** Binds a time of day that jOOQ binds, mostly to compare: digits finer than microseconds are left as they are. */
    public final void bindLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        writeLocalTime(ps, index, value);
    }

    void writeLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIME);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Binds a duration as a {@code BIGINT} of nanoseconds, which keeps every duration exactly and sorts like it;
     * refuses one beyond the about 292 years either way that a {@code BIGINT} of nanoseconds holds.
     */
    public final void setDuration(PreparedStatement ps, int index, Duration value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            String problem = ValueLimits.duration(value);
            if (problem != null) {
                throw refused(index, value, problem);
            }
            ps.setLong(index, value.toNanos());
        }
    }

    /**
     * Binds a JSON document given as text: refuses text that is not exactly one JSON value (RFC 8259), on every
     * database, so invalid JSON never reaches a column whatever the database checks itself.
     */
    public final void setJson(PreparedStatement ps, int index, String value) throws SQLException {
        if (value != null) {
            String problem = limits.text(value);
            if (problem == null) {
                problem = JsonText.problem(value);
            }
            if (problem == null) {
                problem = jsonProblem(value);
            }
            if (problem != null) {
                throw refused(index, value, problem);
            }
        }
        writeJson(ps, index, value);
    }

    /** What this database cannot store of valid JSON, or {@code null}. */
    String jsonProblem(String value) {
        return null;
    }

    void writeJson(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Refuses a value that jOOQ is about to bind at {@code index} in a condition, as the setters above would: text,
     * floating point numbers and dates (instants and date-times are checked by their binding). Other values pass.
     */
    public final void checkOperand(int index, Object value) throws RefusedValueException {
        String problem = switch (value) {
            case String text -> limits.text(text);
            case Double number -> limits.floating(number);
            case Float number -> limits.floating(number);
            case LocalDate date -> limits.date(date);
            case null, default -> null;
        };
        if (problem != null) {
            throw refused(index, value, problem);
        }
    }

    /** Built out of line, so that the setters stay small enough to inline. */
    static RefusedValueException refused(int index, Object value, String problem) {
        return new RefusedValueException(index, value, problem);
    }

    public Long getLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    public Integer getInt(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    public Short getShort(ResultSet rs, int index) throws SQLException {
        short value = rs.getShort(index);
        return rs.wasNull() ? null : value;
    }

    public Boolean getBoolean(ResultSet rs, int index) throws SQLException {
        boolean value = rs.getBoolean(index);
        return rs.wasNull() ? null : value;
    }

    public Double getDouble(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }

    public Float getFloat(ResultSet rs, int index) throws SQLException {
        float value = rs.getFloat(index);
        return rs.wasNull() ? null : value;
    }

    public String getString(ResultSet rs, int index) throws SQLException {
        return rs.getString(index);
    }

    public BigDecimal getBigDecimal(ResultSet rs, int index) throws SQLException {
        return rs.getBigDecimal(index);
    }

    public byte[] getBytes(ResultSet rs, int index) throws SQLException {
        return rs.getBytes(index);
    }

    public <E extends Enum<E>> E getEnum(ResultSet rs, int index, Function<String, E> valueOf) throws SQLException {
        String name = rs.getString(index);
        return name == null ? null : valueOf.apply(name);
    }

    public Instant getInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public LocalDate getLocalDate(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDateTime.class);
    }

    /** An offset date-time at UTC: the columns keep the instant, not the offset it was written with. */
    public OffsetDateTime getOffsetDateTime(ResultSet rs, int index) throws SQLException {
        Instant value = getInstant(rs, index);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    public LocalTime getLocalTime(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalTime.class);
    }

    public Duration getDuration(ResultSet rs, int index) throws SQLException {
        long nanos = rs.getLong(index);
        return rs.wasNull() ? null : Duration.ofNanos(nanos);
    }

    public String getJson(ResultSet rs, int index) throws SQLException {
        return rs.getString(index);
    }

    public UUID getUuid(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, UUID.class);
    }
}

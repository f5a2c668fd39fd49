package dev.tablesmith.spi;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.SQLDialect;

/**
 * Binds and reads the column types that need more than a plain JDBC call, in the representation jOOQ uses for
 * the same {@code SQLDataType} on each dialect, so that rows written by a generated DAO read back through jOOQ and
 * the other way round. Generated binders and row mappers call it; primitives go straight to JDBC.
 */
public class JdbcTypes {
    private static final JdbcTypes STANDARD = new JdbcTypes();
    private static final JdbcTypes TEXTUAL = new Textual();
    private static final JdbcTypes SQLITE = new Sqlite();

    /** The binder for {@code dialect}. */
    public static JdbcTypes of(SQLDialect dialect) {
        return switch (dialect.family()) {
            case MARIADB, MYSQL -> TEXTUAL;
            case SQLITE -> SQLITE;
            default -> STANDARD;
        };
    }

    JdbcTypes() {
    }

    /**
     * Whether {@code dialect} stores {@code Instant} columns as a UTC date-time (no zoned timestamp type in jOOQ's
     * open-source support for it); the DDL and this binder agree on it.
     */
    public static boolean storesInstantsAsUtcDateTime(SQLDialect dialect) {
        return of(dialect) instanceof Textual;
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
            ps.setDouble(index, value);
        }
    }

    public void setFloat(PreparedStatement ps, int index, Float value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setFloat(index, value);
        }
    }

    public void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public void setBigDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
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

    public void setEnum(PreparedStatement ps, int index, Enum<?> value) throws SQLException {
        setString(ps, index, value == null ? null : value.name());
    }

    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    public void setLocalDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, value);
        }
    }

    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
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

    public UUID getUuid(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, UUID.class);
    }

    /**
     * MySQL, MariaDB and SQLite have no native UUID or zoned timestamp type that jOOQ uses: it stores UUIDs as
     * their text and instants as UTC date-times.
     */
    private static class Textual extends JdbcTypes {
        @Override
        public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
            setString(ps, index, value == null ? null : value.toString());
        }

        @Override
        public UUID getUuid(ResultSet rs, int index) throws SQLException {
            String text = rs.getString(index);
            return text == null ? null : UUID.fromString(text);
        }

        @Override
        public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.TIMESTAMP);
            } else {
                ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
            }
        }

        @Override
        public Instant getInstant(ResultSet rs, int index) throws SQLException {
            LocalDateTime value = rs.getObject(index, LocalDateTime.class);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * SQLite has no date-time type: jOOQ stores date-times as text ({@code 2024-03-31 02:30:00.654321}). Writing and
     * parsing that text here, rather than through the driver's own conversion (which keeps milliseconds and
     * misreads longer fractions), keeps microseconds and agrees with jOOQ.
     */
    private static final class Sqlite extends Textual {
        private static final java.time.format.DateTimeFormatter WRITE =
                java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", java.util.Locale.ROOT);
        private static final java.time.format.DateTimeFormatter READ = new java.time.format.DateTimeFormatterBuilder()
                .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral(' ').optionalEnd()
                .optionalStart().appendLiteral('T').optionalEnd()
                .append(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME)
                .toFormatter(java.util.Locale.ROOT);

        @Override
        public void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
            setString(ps, index, value == null ? null : WRITE.format(value));
        }

        @Override
        public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
            String text = rs.getString(index);
            return text == null ? null : LocalDateTime.parse(text, READ);
        }

        @Override
        public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
            setLocalDateTime(ps, index, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }

        @Override
        public Instant getInstant(ResultSet rs, int index) throws SQLException {
            LocalDateTime value = getLocalDateTime(rs, index);
            return value == null ? null : value.toInstant(ZoneOffset.UTC);
        }
    }
}

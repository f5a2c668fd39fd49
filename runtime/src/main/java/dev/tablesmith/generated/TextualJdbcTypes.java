package dev.tablesmith.generated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * MySQL, MariaDB and SQLite have no native UUID or zoned timestamp type that jOOQ uses: it stores UUIDs as their
 * text and instants (and offset date-times, by their instant) as UTC date-times.
 */
class TextualJdbcTypes extends JdbcTypes {
    TextualJdbcTypes(ValueLimits limits) {
        super(limits);
    }

    @Override
    public void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.toString());
        }
    }

    @Override
    public UUID getUuid(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : UUID.fromString(text);
    }

    @Override
    void writeInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
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

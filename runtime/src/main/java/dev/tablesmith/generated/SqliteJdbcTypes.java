package dev.tablesmith.generated;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * SQLite has no date-time type: jOOQ stores date-times as text ({@code 2024-03-31 02:30:00.654321}). Writing and
 * parsing that text here, rather than through the driver's own conversion (which keeps milliseconds and misreads
 * longer fractions), keeps microseconds and agrees with jOOQ. Times of day are text too ({@code 02:30:00.654321}),
 * always with six fractional digits so that they sort in time order.
 */
final class SqliteJdbcTypes extends TextualJdbcTypes {
    private static final DateTimeFormatter WRITE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
    static final DateTimeFormatter WRITE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);

    SqliteJdbcTypes() {
        super(ValueLimits.SQLITE);
    }

    @Override
    void writeLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, WRITE.format(value));
        }
    }

    @Override
    public LocalDateTime getLocalDateTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : LocalDateTime.parse(text, READ);
    }

    @Override
    void writeInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        writeLocalDateTime(ps, index, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant getInstant(ResultSet rs, int index) throws SQLException {
        LocalDateTime value = getLocalDateTime(rs, index);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    void writeLocalTime(PreparedStatement ps, int index, LocalTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, WRITE_TIME.format(value));
        }
    }

    @Override
    public LocalTime getLocalTime(ResultSet rs, int index) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : LocalTime.parse(text);
    }
}

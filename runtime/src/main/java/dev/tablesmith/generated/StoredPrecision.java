package dev.tablesmith.generated;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as every supported database keeps them: to the microsecond. Java's clocks give nanoseconds, and the
 * databases disagree about the digits they drop (H2 and PostgreSQL round them, MariaDB and SQLite cut them off), so
 * generated DAOs cut them off before writing: every database then stores the same value, and the entity an insert
 * or update returns equals the one read back. For generated code.
 */
public final class StoredPrecision {
    private StoredPrecision() {
    }

    /** {@code value} without its digits finer than a microsecond; {@code null} stays {@code null}. */
    public static Instant micros(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code value} without its digits finer than a microsecond; {@code null} stays {@code null}. */
    public static LocalDateTime micros(LocalDateTime value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * {@code value} without its digits finer than a microsecond, at UTC: the columns keep the instant, and read it
     * back at UTC, so this is the value read back. {@code null} stays {@code null}.
     */
    public static OffsetDateTime micros(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code value} without its digits finer than a microsecond; {@code null} stays {@code null}. */
    public static LocalTime micros(LocalTime value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }
}

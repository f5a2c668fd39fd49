package dev.tablesmith.generated;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What one database stores exactly, through the binding {@link JdbcTypes} uses there, and the checks that find the
 * values it does not. Each check returns {@code null} for a value the database keeps as it is (without allocating)
 * and otherwise says what is wrong with it. The ranges were found by writing values and reading them back:
 * <ul>
 * <li>H2 keeps every {@code LocalDate} and {@code LocalDateTime}, and so every {@code Instant} with a UTC date-time.
 * <li>PostgreSQL's server goes down to 4714-11-24 BC, but its JDBC driver sends anything before 4713-01-01 BC
 *     (year -4712) as {@code -infinity}; the server stops at 5874897-12-31 for dates and at 294276-12-31 for
 *     timestamps.
 * <li>MariaDB refuses dates outside 0000-01-01 to 9999-12-31 and date-times past 9999-12-31, turns years before 1
 *     into AD years, and reads year-0 date-times back as another year.
 * <li>SQLite stores date-times as text (see {@link JdbcTypes}): outside the years 0000 to 9999 that text no longer
 *     sorts in time order, so comparisons and {@code ORDER BY} go wrong and SQLite's date functions return NULL.
 * </ul>
 * Date-time columns keep microseconds everywhere: finer values would be rounded or cut.
 */
final class ValueLimits {
    private static final LocalDateTime LAST_MICROSECOND = LocalDateTime.MAX.withNano(999_999_000);

    /** H2. */
    static final ValueLimits H2 = new ValueLimits("H2", LocalDate.MIN, LocalDate.MAX, LocalDateTime.MIN,
            LAST_MICROSECOND, null, true, true, true, 0);
    /** PostgreSQL. */
    static final ValueLimits POSTGRES = new ValueLimits("PostgreSQL", LocalDate.of(-4712, 1, 1),
            LocalDate.of(5874897, 12, 31), LocalDateTime.of(-4712, 1, 1, 0, 0),
            LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000), null, true, false, false, 0);
    /** MariaDB. */
    static final ValueLimits MARIADB = mariaDbLike("MariaDB");
    /** MySQL, taken to be like MariaDB (not measured: no MySQL server in the test suite). */
    static final ValueLimits MYSQL = mariaDbLike("MySQL");
    /** SQLite, which keeps 15 significant digits of a decimal: it stores them as REAL. */
    static final ValueLimits SQLITE = new ValueLimits("SQLite", LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
            "stores as NULL", true, true, false, 15);
    /** Any other database: only what no database stores (invalid Unicode, sub-microsecond date-times). */
    static final ValueLimits ANY = new ValueLimits("this database", LocalDate.MIN, LocalDate.MAX, LocalDateTime.MIN,
            LAST_MICROSECOND, null, true, true, true, 0);

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Duration MIN_DURATION = Duration.ofNanos(Long.MIN_VALUE);
    private static final Duration MAX_DURATION = Duration.ofNanos(Long.MAX_VALUE);

    final String database;
    private final LocalDate minDate;
    private final LocalDate maxDate;
    private final LocalDateTime minDateTime;
    private final LocalDateTime maxDateTime;
    private final Instant minInstant;
    private final Instant maxInstant;
    /** What the database does with NaN, or {@code null} when it stores it. */
    private final String nanFate;
    private final boolean storesInfinity;
    private final boolean storesNul;
    private final boolean countsUtf16Units;
    /** The significant digits a decimal keeps whatever its column says; 0 when the column's precision rules. */
    private final int decimalDigits;

    private static ValueLimits mariaDbLike(String database) {
        return new ValueLimits(database, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                "cannot store", false, true, false, 0);
    }

    private ValueLimits(String database, LocalDate minDate, LocalDate maxDate, LocalDateTime minDateTime,
            LocalDateTime maxDateTime, String nanFate, boolean storesInfinity, boolean storesNul,
            boolean countsUtf16Units, int decimalDigits) {
        this.database = database;
        this.minDate = minDate;
        this.maxDate = maxDate;
        this.minDateTime = minDateTime;
        this.maxDateTime = maxDateTime;
        this.minInstant = minDateTime.toInstant(ZoneOffset.UTC);
        this.maxInstant = maxDateTime.toInstant(ZoneOffset.UTC);
        this.nanFate = nanFate;
        this.storesInfinity = storesInfinity;
        this.storesNul = storesNul;
        this.countsUtf16Units = countsUtf16Units;
        this.decimalDigits = decimalDigits;
    }

    /** Checks text for a column of {@code length} characters (code points; H2 counts UTF-16 chars). */
    String text(String value, int length) {
        int chars = value.length();
        if (chars > length) {
            int characters = value.codePointCount(0, chars);
            if (characters > length) {
                return "it is " + characters + " characters long; the column holds " + length + " (@Column(length))";
            }
            if (countsUtf16Units) {
                return "it is " + chars + " UTF-16 chars long; the column holds " + length
                        + " (@Column(length)), and " + database + " counts UTF-16 chars";
            }
        }
        return text(value);
    }

    /** Checks text whose length is not limited here. */
    String text(String value) {
        int at = invalidChar(value, storesNul);
        if (at < 0) {
            return null;
        }
        char c = value.charAt(at);
        return c == 0 ? "it contains the character U+0000 at index " + at + ", which " + database
                        + " cannot store in text"
                : "it is not valid Unicode: an unpaired surrogate " + hex(c) + " at index " + at;
    }

    /**
     * The index of the first char of {@code value} that is an unpaired surrogate (or, unless {@code nulAllowed},
     * U+0000), or -1. One pass, no allocation.
     */
    static int invalidChar(String value, boolean nulAllowed) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= Character.MIN_SURROGATE) {
                if (c <= Character.MAX_HIGH_SURROGATE) {
                    if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return i;
                }
                if (c <= Character.MAX_LOW_SURROGATE) {
                    return i;
                }
            } else if (c == 0 && !nulAllowed) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks a decimal for a {@code DECIMAL(precision, scale)} column: it must fit without rounding. Digits after
     * the column's scale are allowed only when they are zeros.
     */
    String decimal(BigDecimal value, int precision, int scale) {
        if (value.signum() == 0) {
            return null;
        }
        if (value.scale() > scale) {
            int needed = value.stripTrailingZeros().scale();
            if (needed > scale) {
                return "it has " + needed + " digits after the decimal point; the column keeps " + scale
                        + " (@Column(scale)), so it would be rounded: round it first, e.g. with setScale(" + scale
                        + ", RoundingMode.HALF_EVEN)";
            }
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > precision - scale) {
            return "it has " + integerDigits + " digits before the decimal point; the column holds "
                    + (precision - scale) + " (@Column(precision = " + precision + ", scale = " + scale + "))";
        }
        return decimal(value);
    }

    /** Checks a decimal against what the database keeps of any decimal, whatever its column. */
    String decimal(BigDecimal value) {
        if (decimalDigits == 0 || value.precision() <= decimalDigits) {
            return null;
        }
        if (value.scale() == 0 && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return null; // a whole number within 64 bits is stored as an INTEGER, exactly
        }
        int digits = value.stripTrailingZeros().precision();
        return digits <= decimalDigits ? null
                : "it has " + digits + " significant digits; " + database + " keeps " + decimalDigits
                        + " (it stores decimals as REAL)";
    }

    /** Checks a {@code double} (or a widened {@code float}). */
    String floating(double value) {
        if (Double.isFinite(value)) {
            return null;
        }
        if (Double.isNaN(value)) {
            return nanFate == null ? null : "it is NaN, which " + database + " " + nanFate;
        }
        return storesInfinity ? null : "it is " + value + ", which " + database + " cannot store";
    }

    String date(LocalDate value) {
        return value.isBefore(minDate) || value.isAfter(maxDate)
                ? outOfRange(value, minDate, maxDate) : null;
    }

    /**
     * Checks a date-time; {@code exact} refuses digits finer than microseconds, which a column keeps only rounded
     * or cut (left to the database for values that are only compared).
     */
    String dateTime(LocalDateTime value, boolean exact) {
        if (value.isBefore(minDateTime) || value.isAfter(maxDateTime)) {
            return outOfRange(value, minDateTime, maxDateTime);
        }
        return exact && value.getNano() % 1000 != 0 ? finerThanMicroseconds(value.getNano()) : null;
    }

    /** Checks an instant, as {@link #dateTime} a date-time: its range is the date-times' in UTC. */
    String instant(Instant value, boolean exact) {
        if (value.isBefore(minInstant) || value.isAfter(maxInstant)) {
            return outOfRange(value, minInstant, maxInstant);
        }
        return exact && value.getNano() % 1000 != 0 ? finerThanMicroseconds(value.getNano()) : null;
    }

    /** Checks a duration for a {@code BIGINT} of nanoseconds: the same range on every database. */
    static String duration(Duration value) {
        return value.compareTo(MIN_DURATION) < 0 || value.compareTo(MAX_DURATION) > 0
                ? "it does not fit the column's BIGINT of nanoseconds, which holds " + MIN_DURATION + " to "
                        + MAX_DURATION + " (about 292 years either way)"
                : null;
    }

    private String outOfRange(Object value, Object min, Object max) {
        return "it is outside the range " + database + " stores exactly, " + min + " to " + max;
    }

    static String finerThanMicroseconds(int nanos) {
        return "it has nanoseconds (" + String.format(java.util.Locale.ROOT, ".%09d", nanos) + "); the column keeps "
                + "microseconds, so it would be rounded or cut: truncate it first, e.g. with "
                + "truncatedTo(ChronoUnit.MICROS)";
    }

    static String hex(char c) {
        return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
    }
}

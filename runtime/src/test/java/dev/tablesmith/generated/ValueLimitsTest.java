package dev.tablesmith.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The checks behind {@link JdbcTypes}' refusals, without a database. */
class ValueLimitsTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void unpairedSurrogatesAreFoundWherePairsAreNot() {
        assertEquals(-1, ValueLimits.invalidChar("", true));
        assertEquals(-1, ValueLimits.invalidChar("plain, Grüße, 世界", true));
        assertEquals(-1, ValueLimits.invalidChar("a" + EMOJI + "b" + EMOJI, true));
        assertEquals(1, ValueLimits.invalidChar("x\uD800y", true), "a high surrogate without its low half");
        assertEquals(1, ValueLimits.invalidChar("x\uDC00y", true), "a low surrogate without its high half");
        assertEquals(1, ValueLimits.invalidChar("x\uD800", true), "a high surrogate at the end");
        assertEquals(0, ValueLimits.invalidChar("\uDE00\uD83D", true), "a pair in the wrong order");
        assertEquals(2, ValueLimits.invalidChar(EMOJI + "\uD83D\uD83D\uDE00", true), "two highs, then a low");
    }

    @Test
    void nulIsRefusedOnlyWhereTheDatabaseCannotStoreIt() {
        assertEquals(-1, ValueLimits.invalidChar("x\u0000y", true));
        assertEquals(1, ValueLimits.invalidChar("x\u0000y", false));
        assertNull(ValueLimits.H2.text("x\u0000y"));
        assertNull(ValueLimits.MARIADB.text("x\u0000y"));
        assertEquals("it contains the character U+0000 at index 1, which PostgreSQL cannot store in text",
                ValueLimits.POSTGRES.text("x\u0000y"));
    }

    @Test
    void invalidUnicodeIsRefusedOnEveryDatabase() {
        for (ValueLimits limits : all()) {
            assertEquals("it is not valid Unicode: an unpaired surrogate \\uD800 at index 1",
                    limits.text("x\uD800y"), limits.database);
            assertEquals("it is not valid Unicode: an unpaired surrogate \\uD800 at index 1",
                    limits.text("x\uD800y", 255), limits.database);
        }
    }

    @Test
    void lengthsCountCharactersExceptOnH2() {
        for (ValueLimits limits : all()) {
            assertNull(limits.text("a".repeat(255), 255), limits.database);
            assertNotNull(limits.text("a".repeat(256), 255), limits.database);
        }
        assertNull(ValueLimits.POSTGRES.text(EMOJI.repeat(255), 255), "255 characters in 510 chars");
        assertEquals("it is 256 characters long; the column holds 255 (@Column(length))",
                ValueLimits.POSTGRES.text(EMOJI.repeat(256), 255));
        assertEquals("it is 510 UTF-16 chars long; the column holds 255 (@Column(length)), and H2 counts UTF-16 chars",
                ValueLimits.H2.text(EMOJI.repeat(255), 255));
    }

    @Test
    void decimalsMustFitTheirColumnWithoutRounding() {
        ValueLimits limits = ValueLimits.POSTGRES;
        assertNull(limits.decimal(new BigDecimal("99999999.99"), 10, 2));
        assertNull(limits.decimal(new BigDecimal("-99999999.99"), 10, 2));
        assertNull(limits.decimal(new BigDecimal("1.50000"), 10, 2), "trailing zeros lose nothing");
        assertNull(limits.decimal(new BigDecimal("1E+3"), 10, 2));
        assertNull(limits.decimal(new BigDecimal("0E-20"), 10, 2));
        assertNull(limits.decimal(new BigDecimal("0E+20"), 10, 2));
        assertEquals("it has 3 digits after the decimal point; the column keeps 2 (@Column(scale)), so it would be "
                + "rounded: round it first, e.g. with setScale(2, RoundingMode.HALF_EVEN)",
                limits.decimal(new BigDecimal("12345678.125"), 10, 2));
        assertNotNull(limits.decimal(new BigDecimal("0.001"), 10, 2));
        assertEquals("it has 9 digits before the decimal point; the column holds 8 (@Column(precision = 10, "
                + "scale = 2))", limits.decimal(new BigDecimal("123456789.12"), 10, 2));
        assertNotNull(limits.decimal(new BigDecimal("1E+8"), 10, 2));
        assertNotNull(limits.decimal(new BigDecimal("-123456789"), 10, 2));
    }

    @Test
    void sqliteKeepsFifteenSignificantDigitsOrA64BitWholeNumber() {
        ValueLimits sqlite = ValueLimits.SQLITE;
        assertNull(sqlite.decimal(new BigDecimal("12345.6789012345"), 30, 10), "15 digits");
        assertNull(sqlite.decimal(new BigDecimal("123456789012345.0000000000"), 30, 10), "15 digits and zeros");
        assertNull(sqlite.decimal(new BigDecimal("9223372036854775807"), 30, 10), "stored as an INTEGER");
        assertNull(sqlite.decimal(new BigDecimal("-9223372036854775808"), 30, 10), "stored as an INTEGER");
        assertNull(sqlite.decimal(new BigDecimal("1E+19"), 30, 10), "one significant digit");
        assertEquals("it has 16 significant digits; SQLite keeps 15 (it stores decimals as REAL)",
                sqlite.decimal(new BigDecimal("123456789012345.6"), 30, 10));
        assertNotNull(sqlite.decimal(new BigDecimal("9223372036854775808"), 30, 10), "beyond 64 bits: a REAL");
        assertNotNull(sqlite.decimal(new BigDecimal("1234567890123456.0"), 30, 10), "a real literal: a REAL");
        assertNotNull(sqlite.decimal(new BigDecimal("123456789012345.6")), "whatever the column");
        assertNull(ValueLimits.POSTGRES.decimal(new BigDecimal("123456789012345.6")));
    }

    @Test
    void nanAndInfinitiesAreRefusedWhereTheDatabaseHasNone() {
        for (ValueLimits limits : new ValueLimits[] {ValueLimits.H2, ValueLimits.POSTGRES}) {
            assertNull(limits.floating(Double.NaN));
            assertNull(limits.floating(Double.NEGATIVE_INFINITY));
        }
        assertEquals("it is NaN, which MariaDB cannot store", ValueLimits.MARIADB.floating(Double.NaN));
        assertEquals("it is Infinity, which MariaDB cannot store",
                ValueLimits.MARIADB.floating(Double.POSITIVE_INFINITY));
        assertEquals("it is NaN, which SQLite stores as NULL", ValueLimits.SQLITE.floating(Float.NaN));
        assertNull(ValueLimits.SQLITE.floating(Double.NEGATIVE_INFINITY));
        for (ValueLimits limits : all()) {
            assertNull(limits.floating(-0.0), "equal to 0, though only PostgreSQL keeps its sign");
            assertNull(limits.floating(Double.MAX_VALUE));
            assertNull(limits.floating(Double.MIN_VALUE));
        }
    }

    @Test
    void datesOutsideTheMeasuredRangesAreRefused() {
        assertNull(ValueLimits.POSTGRES.date(LocalDate.of(-4712, 1, 1)));
        assertNotNull(ValueLimits.POSTGRES.date(LocalDate.of(-4713, 12, 31)), "the driver sends -infinity");
        assertNull(ValueLimits.POSTGRES.date(LocalDate.of(5874897, 12, 31)));
        assertNotNull(ValueLimits.POSTGRES.date(LocalDate.of(5874898, 1, 1)));
        assertNotNull(ValueLimits.POSTGRES.date(LocalDate.MAX), "infinity, which jOOQ cannot read");
        assertNull(ValueLimits.MARIADB.date(LocalDate.of(0, 1, 1)));
        assertNotNull(ValueLimits.MARIADB.date(LocalDate.of(-1, 12, 31)));
        assertNotNull(ValueLimits.MARIADB.date(LocalDate.of(10000, 1, 1)));
        assertNull(ValueLimits.SQLITE.date(LocalDate.of(9999, 12, 31)));
        assertNotNull(ValueLimits.SQLITE.date(LocalDate.of(10000, 1, 1)), "text that no longer sorts");
        assertNull(ValueLimits.H2.date(LocalDate.MIN));
        assertNull(ValueLimits.H2.date(LocalDate.MAX));
    }

    @Test
    void dateTimesAndInstantsShareTheirRangeInUtc() {
        LocalDateTime first = LocalDateTime.of(1, 1, 1, 0, 0);
        assertNull(ValueLimits.MARIADB.dateTime(first, true));
        assertNotNull(ValueLimits.MARIADB.dateTime(first.minusNanos(1000), true));
        assertNotNull(ValueLimits.MARIADB.dateTime(LocalDateTime.of(-4713, 11, 24, 0, 0), true), "turns into AD");
        assertNull(ValueLimits.MARIADB.instant(Instant.parse("0001-01-01T00:00:00Z"), true));
        assertNotNull(ValueLimits.MARIADB.instant(Instant.parse("0000-12-31T23:59:59.999999Z"), true));
        assertNull(ValueLimits.POSTGRES.instant(Instant.parse("+294276-12-31T23:59:59.999999Z"), true));
        assertNotNull(ValueLimits.POSTGRES.instant(Instant.parse("+294277-01-01T00:00:00Z"), true));
        assertNotNull(ValueLimits.POSTGRES.instant(Instant.parse("-4713-11-24T00:00:00Z"), true), "-infinity");
        for (ValueLimits limits : all()) {
            assertTrue(limits.instant(Instant.MIN, true).startsWith("it is outside the range"), limits.database);
            assertTrue(limits.instant(Instant.MAX, false).startsWith("it is outside the range"), limits.database);
        }
        assertEquals("it is outside the range PostgreSQL stores exactly, -4712-01-01T00:00:00Z to "
                + "+294276-12-31T23:59:59.999999Z", ValueLimits.POSTGRES.instant(Instant.MIN, true));
    }

    @Test
    void digitsFinerThanMicrosecondsAreRefusedOnlyForValuesToStore() {
        Instant nanos = Instant.parse("2024-03-31T01:30:00.123456789Z");
        assertEquals("it has nanoseconds (.123456789); the column keeps microseconds, so it would be rounded or cut: "
                + "truncate it first, e.g. with truncatedTo(ChronoUnit.MICROS)", ValueLimits.H2.instant(nanos, true));
        assertNull(ValueLimits.H2.instant(nanos, false), "compared, not stored");
        assertNull(ValueLimits.H2.instant(Instant.parse("2024-03-31T01:30:00.123456Z"), true));
        LocalDateTime local = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 654_321_001);
        assertNotNull(ValueLimits.SQLITE.dateTime(local, true));
        assertNull(ValueLimits.SQLITE.dateTime(local, false));
        assertTrue(ValueLimits.H2.dateTime(LocalDateTime.MAX, true).startsWith("it is outside the range"));
        assertEquals("it is 256 characters long; the column holds 255 (@Column(length))",
                ValueLimits.H2.text("a".repeat(256), 255), "characters, when they are chars");
        assertNull(ValueLimits.H2.dateTime(LocalDateTime.MAX.withNano(999_999_000), true));
    }

    private static ValueLimits[] all() {
        return new ValueLimits[] {ValueLimits.H2, ValueLimits.POSTGRES, ValueLimits.MARIADB, ValueLimits.MYSQL,
            ValueLimits.SQLITE, ValueLimits.ANY};
    }
}

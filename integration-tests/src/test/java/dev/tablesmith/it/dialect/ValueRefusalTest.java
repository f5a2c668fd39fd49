package dev.tablesmith.it.dialect;

import static dev.tablesmith.it.dialect.SpecimenTable.SPECIMEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Values are stored exactly or refused, on every database: each value below either reads back as it was written
 * (through the DAO and through jOOQ) or is refused before it is sent, with a message naming the model, the column,
 * the value and its problem. Which values a database refuses is what it was measured to change.
 */
class ValueRefusalTest {
    private static final String EMOJI = "\uD83D\uDE00";
    private static final Set<TestDatabase> ALL = Set.of(TestDatabase.values());
    private static final AtomicInteger CODES = new AtomicInteger();

    @AllDatabases
    void textThatIsNotValidUnicodeIsRefusedEverywhere(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            InvalidValueException e = cases.refusedOn(ALL, s -> s.note = "x\uD800y", "note",
                    "it is not valid Unicode: an unpaired surrogate \\uD800 at index 1");
            assertEquals("Inserting Specimen (table \"specimen\") refused \"x\\uD800y\" for column \"note\": it is "
                    + "not valid Unicode: an unpaired surrogate \\uD800 at index 1", e.getMessage());
            cases.refusedOn(ALL, s -> s.note = "x\uDC00y", "note",
                    "it is not valid Unicode: an unpaired surrogate \\uDC00 at index 1");
            cases.refusedOn(ALL, s -> s.note = "x\uD800", "note",
                    "it is not valid Unicode: an unpaired surrogate \\uD800 at index 1");
            cases.storedExactly(s -> s.note = "Grüße, 世界 " + EMOJI);
            cases.refusedOn(Set.of(TestDatabase.POSTGRES), s -> s.note = "x\u0000y", "note",
                    "it contains the character U+0000 at index 1, which PostgreSQL cannot store in text");
        }
    }

    @AllDatabases
    void textLongerThanItsColumnIsRefusedEverywhere(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            cases.storedExactly(s -> s.note = "a".repeat(255));
            cases.refusedOn(ALL, s -> s.note = "a".repeat(256), "note",
                    "it is 256 characters long; the column holds 255 (@Column(length))");
            InvalidValueException e = cases.refusedOn(ALL, s -> s.note = "a".repeat(1 << 20), "note",
                    "it is 1048576 characters long");
            assertTrue(e.getMessage().contains("\"" + "a".repeat(60) + "…\" (1048576 chars)"), e.getMessage());
            // Characters are code points; H2 counts UTF-16 chars, so two chars per emoji.
            cases.refusedOn(ALL, s -> s.note = EMOJI.repeat(256), "note",
                    "it is 256 characters long; the column holds 255");
            cases.refusedOn(Set.of(TestDatabase.H2), s -> s.note = EMOJI.repeat(255), "note",
                    "it is 510 UTF-16 chars long");
        }
    }

    @AllDatabases
    void decimalsAreNeverRoundedOrClamped(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            cases.refusedOn(ALL, s -> s.price = new BigDecimal("123456789.12"), "price",
                    "it has 9 digits before the decimal point; the column holds 8 (@Column(precision = 10, "
                            + "scale = 2))");
            cases.refusedOn(ALL, s -> s.price = new BigDecimal("12345678.125"), "price",
                    "it has 3 digits after the decimal point; the column keeps 2 (@Column(scale))");
            cases.storedExactly(s -> s.price = new BigDecimal("99999999.99"));
            cases.storedExactly(s -> s.price = new BigDecimal("-0.01"));
            cases.storedExactly(s -> s.price = new BigDecimal("1.50000"));
        }
    }

    /** SQLite stores a decimal as a REAL, whatever its column says: beyond 15 significant digits it changes it. */
    @AllDatabases
    void sqliteRefusesTheDigitsItWouldLose(TestDatabase target) {
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            Sample sample = TypeRoundTripTest.full();
            sample.amount = new BigDecimal("12345678901234567890.0123456789");
            if (target == TestDatabase.SQLITE) {
                InvalidValueException e = assertThrows(InvalidValueException.class,
                        () -> db.inContext(() -> samples.insert(sample)));
                assertEquals("amount", e.column());
                assertTrue(e.getMessage().endsWith(": it has 30 significant digits; SQLite keeps 15 (it stores "
                        + "decimals as REAL)"), e.getMessage());
            } else {
                Sample stored = db.inContext(() -> samples.insert(sample));
                assertEquals(0, sample.amount.compareTo(db.inContext(() -> samples.getById(stored.id)).amount));
            }
            sample.amount = new BigDecimal("9223372036854775807"); // a whole number: an INTEGER on SQLite
            sample.id = null;
            Sample stored = db.inContext(() -> samples.insert(sample));
            assertEquals(0, sample.amount.compareTo(db.inContext(() -> samples.getById(stored.id)).amount));
        }
    }

    @AllDatabases
    void nanAndInfinitiesAreRefusedWhereTheDatabaseHasNone(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            Set<TestDatabase> noNaN = Set.of(TestDatabase.MARIADB, TestDatabase.SQLITE);
            Set<TestDatabase> noInfinity = Set.of(TestDatabase.MARIADB);
            String nan = target == TestDatabase.SQLITE ? "it is NaN, which SQLite stores as NULL"
                    : "it is NaN, which MariaDB cannot store";
            cases.refusedOn(noNaN, s -> s.ratio = Double.NaN, "ratio", nan);
            cases.refusedOn(noNaN, s -> s.weight = Float.NaN, "weight", nan);
            cases.refusedOn(noInfinity, s -> s.ratio = Double.POSITIVE_INFINITY, "ratio",
                    "it is Infinity, which MariaDB cannot store");
            cases.refusedOn(noInfinity, s -> s.weight = Float.NEGATIVE_INFINITY, "weight",
                    "it is -Infinity, which MariaDB cannot store");
            cases.storedExactly(s -> s.ratio = Double.MAX_VALUE);
            cases.storedExactly(s -> s.ratio = Double.MIN_VALUE);
        }
    }

    @AllDatabases
    void dateTimesOutsideTheDatabasesRangeAreRefused(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            cases.refusedOn(ALL, s -> s.at = Instant.MIN, "at", "it is outside the range");
            cases.refusedOn(ALL, s -> s.at = Instant.MAX, "at", "it is outside the range");
            // 4714-11-24 BC: PostgreSQL's first day, which its driver sends as -infinity; MariaDB makes it AD.
            Set<TestDatabase> notBc = Set.of(TestDatabase.POSTGRES, TestDatabase.MARIADB, TestDatabase.SQLITE);
            String range = "it is outside the range " + name(target) + " stores exactly";
            cases.refusedOn(notBc, s -> s.day = LocalDate.of(-4713, 11, 24), "day", range);
            cases.refusedOn(notBc, s -> s.local = LocalDateTime.of(-4713, 11, 24, 0, 0), "local", range);
            cases.refusedOn(notBc, s -> s.at = Instant.parse("-4713-11-24T00:00:00Z"), "at", range);
        }
    }

    /** The first and last values of each measured range are stored exactly; the next ones out are refused. */
    @AllDatabases
    void theEdgesOfEveryRangeAreStoredExactly(TestDatabase target) {
        try (Database db = target.open()) {
            Case cases = new Case(db, target);
            List<LocalDate> days = days(target);
            List<LocalDateTime> times = dateTimes(target);
            for (LocalDate day : days) {
                cases.storedExactly(s -> s.day = day);
            }
            for (LocalDateTime time : times) {
                cases.storedExactly(s -> s.local = time);
                cases.storedExactly(s -> s.at = time.toInstant(ZoneOffset.UTC));
            }
            if (target != TestDatabase.H2) { // H2 stores every LocalDate and LocalDateTime
                Set<TestDatabase> here = Set.of(target);
                cases.refusedOn(here, s -> s.day = days.get(0).minusDays(1), "day", "it is outside the range");
                cases.refusedOn(here, s -> s.day = days.get(1).plusDays(1), "day", "it is outside the range");
                cases.refusedOn(here, s -> s.local = times.get(0).minusNanos(1000), "local", "it is outside the range");
                cases.refusedOn(here, s -> s.local = times.get(1).plusNanos(1000), "local", "it is outside the range");
                cases.refusedOn(here, s -> s.at = times.get(0).minusNanos(1000).toInstant(ZoneOffset.UTC), "at",
                        "it is outside the range");
                cases.refusedOn(here, s -> s.at = times.get(1).plusNanos(1000).toInstant(ZoneOffset.UTC), "at",
                        "it is outside the range");
            }
        }
    }

    /** jOOQ binds dates as the DAO does: its own binding moved days before the Gregorian calendar. */
    @AllDatabases
    void jooqWritesAndReadsDaysBeforeTheGregorianCalendarAsTheDaoDoes(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            for (LocalDate day : List.of(LocalDate.of(1000, 1, 1), LocalDate.of(1582, 10, 10))) {
                Specimen specimen = Case.valid();
                specimen.day = day;
                db.inContext(() -> db.session().dsl().insertInto(SPECIMEN).set(specimens.toRecord(specimen))
                        .execute());
                assertEquals(day, db.inContext(() -> specimens.getById(specimen.code)).day, "written by jOOQ");
                assertEquals(1, db.inContext(() -> specimens.fetch(db.session().dsl().selectFrom(SPECIMEN)
                        .where(SPECIMEN.DAY.eq(day)))).size(), "compared by jOOQ");
                new Case(db, target).storedExactly(s -> s.day = day);
            }
        }
    }

    /**
     * Every database keeps microseconds, but H2 and PostgreSQL round finer digits while MariaDB and SQLite cut them.
     * The DAO cuts them before binding, so every database stores the same value and the entity it returns is that
     * value. (A write through jOOQ's DSL binds its values itself, and the database rounds or cuts them its way.)
     */
    @AllDatabases
    void digitsFinerThanMicrosecondsAreCutByTheDaoToWhatEveryDatabaseKeeps(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            Specimen specimen = Case.valid();
            specimen.at = Instant.parse("2024-03-31T01:30:00.987654999Z");
            specimen.local = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 987_654_999);
            Specimen stored = db.inContext(() -> specimens.insert(specimen));
            assertEquals(Instant.parse("2024-03-31T01:30:00.987654Z"), stored.at, "cut, not rounded");
            assertEquals(LocalDateTime.of(2024, 3, 31, 2, 30, 0, 987_654_000), stored.local);
            Specimen read = db.inContext(() -> specimens.getById(specimen.code));
            assertEquals(stored.at, read.at, "what insert returned is what the database keeps");
            assertEquals(stored.local, read.local);
        }
    }

    /** The first and last day {@code target} stores exactly, as measured. */
    static List<LocalDate> days(TestDatabase target) {
        return switch (target) {
            case H2 -> List.of(LocalDate.MIN, LocalDate.MAX);
            case POSTGRES -> List.of(LocalDate.of(-4712, 1, 1), LocalDate.of(5874897, 12, 31));
            case MARIADB, SQLITE -> List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));
        };
    }

    /** The first and last date-time (and, in UTC, instant) {@code target} stores exactly, as measured. */
    static List<LocalDateTime> dateTimes(TestDatabase target) {
        LocalDateTime lastOf9999 = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        return switch (target) {
            case H2 -> List.of(LocalDateTime.MIN, LocalDateTime.MAX.withNano(999_999_000));
            case POSTGRES -> List.of(LocalDateTime.of(-4712, 1, 1, 0, 0),
                    LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000));
            case MARIADB -> List.of(LocalDateTime.of(1, 1, 1, 0, 0), lastOf9999);
            case SQLITE -> List.of(LocalDateTime.of(0, 1, 1, 0, 0), lastOf9999);
        };
    }

    private static String name(TestDatabase target) {
        return switch (target) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
            case MARIADB -> "MariaDB";
            case SQLITE -> "SQLite";
        };
    }

    /** Writes one specimen per case, changed from a valid one, and checks what became of it. */
    static final class Case {
        private final Database db;
        private final TestDatabase target;
        private final SpecimenDao specimens;

        Case(Database db, TestDatabase target) {
            this.db = db;
            this.target = target;
            this.specimens = new SpecimenDao(db);
        }

        /** A valid specimen with a code of its own. */
        static Specimen valid() {
            return new Specimen("s" + CODES.incrementAndGet());
        }

        /**
         * Refused on the databases {@code on}, naming {@code column} and {@code problem}; stored exactly on the
         * others. Returns the refusal, or {@code null} where the value was stored.
         */
        InvalidValueException refusedOn(Set<TestDatabase> on, Consumer<Specimen> change, String column,
                String problem) {
            if (!on.contains(target)) {
                storedExactly(change);
                return null;
            }
            Specimen specimen = valid();
            change.accept(specimen);
            long before = db.inContext(specimens::count);
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> db.inContext(() -> specimens.insert(specimen)));
            assertEquals("specimen", e.table(), e.getMessage());
            assertEquals(column, e.column(), e.getMessage());
            assertTrue(e.getMessage().startsWith("Inserting Specimen (table \"specimen\") refused "), e.getMessage());
            assertTrue(e.getMessage().contains(" for column \"" + column + "\": " + problem), e.getMessage());
            assertEquals(before, (long) db.inContext(specimens::count), "nothing was stored");
            return e;
        }

        /** Stored, and read back equal through the DAO and through jOOQ. */
        void storedExactly(Consumer<Specimen> change) {
            Specimen specimen = valid();
            change.accept(specimen);
            db.inContext(() -> specimens.insert(specimen));
            assertSame(specimen, db.inContext(() -> specimens.getById(specimen.code)), "through the DAO");
            List<Specimen> viaJooq = db.inContext(() -> specimens.fetch(
                    db.session().dsl().selectFrom(SPECIMEN).where(SPECIMEN.CODE.eq(specimen.code))));
            assertSame(specimen, viaJooq.get(0), "through jOOQ");
        }

        private void assertSame(Specimen expected, Specimen actual, String how) {
            String where = target + ", " + how;
            assertEquals(expected.code, actual.code, where);
            assertEquals(expected.note, actual.note, where);
            assertEquals(0, expected.price.compareTo(actual.price), where + ": " + actual.price);
            assertEquals(Double.valueOf(expected.ratio), Double.valueOf(actual.ratio), where);
            assertEquals(expected.weight, actual.weight, where);
            assertEquals(expected.day, actual.day, where);
            assertEquals(expected.local, actual.local, where);
            assertEquals(expected.at, actual.at, where);
        }
    }
}

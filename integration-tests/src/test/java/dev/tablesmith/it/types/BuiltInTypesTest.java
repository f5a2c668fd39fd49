package dev.tablesmith.it.types;

import static dev.tablesmith.it.types.ShiftTable.SHIFT;
import static dev.tablesmith.it.types.SlotTable.SLOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.generated.RefusedValueException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code OffsetDateTime}, {@code LocalTime}, {@code Duration} and {@code @Json String} columns on every database:
 * written and read through the DAO and through jOOQ queries on the generated table's fields, compared and ordered
 * in SQL, refused when the column cannot hold them, and found by {@code verifySchema()} as created.
 */
class BuiltInTypesTest {
    /** An instant on a DST change night in Europe, written at India's offset, with nanoseconds the column cuts. */
    static final OffsetDateTime STARTS = OffsetDateTime.of(2024, 3, 31, 7, 0, 0, 123_456_789,
            ZoneOffset.ofHoursMinutes(5, 30));
    static final OffsetDateTime STORED_START = OffsetDateTime.of(2024, 3, 31, 1, 30, 0, 123_456_000, ZoneOffset.UTC);
    static final LocalTime OPENS = LocalTime.of(23, 59, 59, 999_999_999);
    static final LocalTime STORED_OPENING = LocalTime.of(23, 59, 59, 999_999_000);
    /** Days and nanoseconds: a BIGINT of nanoseconds keeps both exactly. */
    static final Duration LENGTH = Duration.ofDays(400).plusNanos(1);
    /** Written as jsonb spells it, so that it reads back as written on PostgreSQL too. */
    static final String DETAILS = "{\"a\": [1, 2.5, -0.0000003, true, null], \"name\": \"Grüße \\\"quoted\\\"\"}";

    static Shift full() {
        return new Shift(STARTS, OPENS, LENGTH, DETAILS);
    }

    static void assertStored(Shift actual) {
        assertEquals(STORED_START, actual.startsAt, "the instant, cut to microseconds, at UTC");
        assertEquals(STORED_OPENING, actual.opensAt, "cut to microseconds");
        assertEquals(LENGTH, actual.length);
        assertEquals(DETAILS, actual.details);
    }

    @AllDatabases
    void everyTypeSurvivesTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            Shift stored = db.inContext(() -> shifts.insert(full()));
            assertStored(stored);
            assertTrue(STARTS.toInstant().minusNanos(789).equals(stored.startsAt.toInstant()));
            assertStored(db.inContext(() -> shifts.getById(stored.id)));

            stored.length = Duration.ofNanos(-Long.MAX_VALUE);
            stored.opensAt = LocalTime.MIDNIGHT;
            stored.startsAt = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-18)).plusYears(2000);
            db.inContext(() -> shifts.update(stored));
            Shift updated = db.inContext(() -> shifts.getById(stored.id));
            assertEquals(Duration.ofNanos(-Long.MAX_VALUE), updated.length);
            assertEquals(LocalTime.MIDNIGHT, updated.opensAt);
            assertEquals(stored.startsAt.toInstant(), updated.startsAt.toInstant());
        }
    }

    @AllDatabases
    void recordsSurviveTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            SlotDao slots = new SlotDao(db);
            Slot stored = db.inContext(() -> slots.insert(new Slot(null, STARTS, OPENS, LENGTH, "[]")));
            assertEquals(new Slot(stored.id(), STORED_START, STORED_OPENING, LENGTH, "[]"), stored);
            assertEquals(stored, db.inContext(() -> slots.getById(stored.id())));
            Slot empty = db.inContext(() -> slots.insert(new Slot(null, null, null, null, null)));
            assertEquals(empty, db.inContext(() -> slots.getById(empty.id())));
            assertEquals(List.of(stored), db.inContext(() -> slots.where(SLOT.META.isNotNull()).list()));
        }
    }

    @AllDatabases
    void nullsSurviveTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            Shift stored = db.inContext(() -> shifts.insert(new Shift()));
            Shift read = db.inContext(() -> shifts.getById(stored.id));
            assertNull(read.startsAt);
            assertNull(read.opensAt);
            assertNull(read.length);
            assertNull(read.details);
        }
    }

    @AllDatabases
    void jooqQueriesCompareAndOrderByTheGeneratedFields(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            db.inContext(() -> shifts.insertAll(List.of(full(),
                    new Shift(STARTS.plusHours(1), LocalTime.of(8, 0), Duration.ofMinutes(90), "{}"),
                    new Shift(STARTS.minusDays(1), LocalTime.of(6, 30, 0, 1000), Duration.ofSeconds(-5), "[1]"))));
            db.inContext(() -> {
                var dsl = db.session().dsl();
                assertEquals(List.of(LENGTH), dsl.select(SHIFT.LENGTH).from(SHIFT)
                        .where(SHIFT.STARTS_AT.eq(STORED_START.withOffsetSameInstant(ZoneOffset.ofHours(-7))))
                        .fetch(SHIFT.LENGTH), "an equal instant at another offset matches");
                assertEquals(List.of(Duration.ofSeconds(-5), Duration.ofMinutes(90), LENGTH), dsl.select(SHIFT.LENGTH)
                        .from(SHIFT).orderBy(SHIFT.LENGTH).fetch(SHIFT.LENGTH), "durations sort by length");
                assertEquals(List.of(LocalTime.of(6, 30, 0, 1000), LocalTime.of(8, 0), STORED_OPENING),
                        dsl.select(SHIFT.OPENS_AT).from(SHIFT).orderBy(SHIFT.OPENS_AT).fetch(SHIFT.OPENS_AT),
                        "times sort by time of day, microseconds included");
                assertEquals(2, shifts.where(SHIFT.LENGTH.gt(Duration.ZERO)).count());
                assertEquals(1, shifts.where(SHIFT.OPENS_AT.between(LocalTime.of(7, 0), LocalTime.of(9, 0))).count());
                assertEquals(2, shifts.where(SHIFT.STARTS_AT.ge(STORED_START)).count());
                assertEquals(List.of("[1]"), dsl.select(SHIFT.DETAILS).from(SHIFT)
                        .where(SHIFT.STARTS_AT.lt(STARTS.minusHours(1))).fetch(SHIFT.DETAILS));
                assertStored(shifts.where(SHIFT.DETAILS.isNotNull(), SHIFT.LENGTH.eq(LENGTH)).one());
            });
        }
    }

    @AllDatabases
    void valuesWrittenByJooqReadBackThroughTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            Long id = db.inContext(() -> db.session().dsl().insertInto(SHIFT)
                    .set(SHIFT.STARTS_AT, STORED_START.withOffsetSameInstant(ZoneOffset.ofHours(2)))
                    .set(SHIFT.OPENS_AT, STORED_OPENING)
                    .set(SHIFT.LENGTH, LENGTH)
                    .set(SHIFT.DETAILS, DETAILS)
                    .returning(SHIFT.ID).fetchOne(SHIFT.ID));
            assertStored(db.inContext(() -> shifts.getById(id)));
            Shift viaRecord = db.inContext(() -> shifts.fromRecord(db.session().dsl().selectFrom(SHIFT)
                    .where(SHIFT.ID.eq(id)).fetchOne()));
            assertStored(viaRecord);
        }
    }

    @AllDatabases
    void valuesTheColumnsCannotHoldAreRefused(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            Shift tooLong = full();
            tooLong.length = Duration.ofDays(106_752); // just past Long.MAX_VALUE nanoseconds
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> db.inContext(() -> shifts.insert(tooLong)));
            assertEquals("length", e.column(), e.getMessage());
            assertTrue(e.getMessage().contains("it does not fit the column's BIGINT of nanoseconds"), e.getMessage());

            Shift distant = full();
            distant.startsAt = OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            if (target == TestDatabase.H2 || target == TestDatabase.POSTGRES) {
                Shift stored = db.inContext(() -> shifts.insert(distant));
                assertEquals(distant.startsAt, db.inContext(() -> shifts.getById(stored.id)).startsAt);
                db.inContext(() -> shifts.delete(stored));
            } else {
                InvalidValueException range = assertThrows(InvalidValueException.class,
                        () -> db.inContext(() -> shifts.insert(distant)));
                assertEquals("starts_at", range.column(), range.getMessage());
                assertTrue(range.getMessage().contains("it is outside the range"), range.getMessage());
            }
            assertEquals(0L, (long) db.inContext(shifts::count), "nothing was written");
        }
    }

    @AllDatabases
    void invalidJsonIsRefusedOnEveryDatabase(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            for (String invalid : List.of("{\"a\": }", "{'a': 1}", "[1, 2", "{} {}", "", "NaN", "01", "\"tab\there\"",
                    "{\"a\": 1,}")) {
                Shift shift = full();
                shift.details = invalid;
                InvalidValueException e = assertThrows(InvalidValueException.class,
                        () -> db.inContext(() -> shifts.insert(shift)), invalid);
                assertEquals("details", e.column(), e.getMessage());
                assertTrue(e.getMessage().contains(": it is not valid JSON: "), e.getMessage());
            }
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> db.inContext(() -> {
                Shift shift = db.inContext(() -> shifts.insert(full()));
                shift.details = "{\"unclosed\": \"text}";
                return shifts.update(shift);
            }));
            assertTrue(e.getMessage().endsWith("for column \"details\": it is not valid JSON: a string is not "
                    + "closed (at index 13)"), e.getMessage());
            RuntimeException viaJooq = assertThrows(RuntimeException.class, () -> db.inContext(() -> db.session()
                    .dsl().insertInto(SHIFT).set(SHIFT.DETAILS, "{oops}").execute()));
            // A query jOOQ executes on its own reports the refusal as jOOQ reports any failed bind: in its cause.
            Throwable cause = viaJooq;
            while (cause != null && !(cause instanceof RefusedValueException)) {
                cause = cause.getCause();
            }
            assertEquals("it is not valid JSON: a member name in double quotes was expected, found 'o' (at index 1)",
                    cause == null ? viaJooq.toString() : ((RefusedValueException) cause).problem());
            assertEquals(0L, (long) db.inContext(shifts::count), "nothing was written");
        }
    }

    @AllDatabases
    void jsonKeepsItsTextExceptInPostgresJsonb(TestDatabase target) {
        try (Database db = target.open()) {
            ShiftDao shifts = new ShiftDao(db);
            String written = "{\"name\":\"\\u00e9\",  \"a\":1,\"a\":-3e-7}";
            Shift stored = db.inContext(() -> shifts.insert(new Shift(null, null, null, written)));
            String read = db.inContext(() -> shifts.getById(stored.id)).details;
            assertEquals(target == TestDatabase.POSTGRES ? "{\"a\": -0.0000003, \"name\": \"é\"}" : written, read);
        }
    }

    @AllDatabases
    void verifySchemaFindsTheColumnsAsCreated(TestDatabase target) {
        try (Database db = target.open()) {
            assertEquals(List.of(), db.verifySchema().stream()
                    .filter(difference -> difference.contains("shift") || difference.contains("slot")).toList());
        }
    }
}

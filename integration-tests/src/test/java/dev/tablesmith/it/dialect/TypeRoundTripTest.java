package dev.tablesmith.it.dialect;

import static dev.tablesmith.it.dialect.SampleTable.GROUP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

/** Every supported type written and read back on every database, through the DAO and through jOOQ. */
class TypeRoundTripTest {

    /**
     * SQLite has no decimal type: a NUMERIC column keeps 15 significant digits (it stores a REAL), as documented in
     * the README; the other databases keep the declared DECIMAL(30, 10) exactly.
     */
    private static TestDatabase current;

    static Sample full() {
        Sample s = new Sample();
        s.primitiveLong = Long.MAX_VALUE;
        s.primitiveInt = Integer.MIN_VALUE;
        s.primitiveShort = Short.MAX_VALUE;
        s.primitiveBoolean = true;
        s.primitiveDouble = 1.0 / 3;
        s.primitiveFloat = 0.25f;
        s.boxedLong = -7L;
        s.boxedInt = 42;
        s.boxedShort = (short) -3;
        s.boxedBoolean = false;
        s.boxedDouble = 2.5;
        s.boxedFloat = -1.5f;
        s.text = "Grüße, 世界 — \"quoted\" 'text'";
        s.amount = current == TestDatabase.SQLITE ? new BigDecimal("12345.6789012345")
                : new BigDecimal("12345678901234567890.0123456789");
        s.instant = Instant.parse("2024-03-31T01:30:00.123456Z"); // a DST change night in Europe
        s.date = LocalDate.of(1999, 12, 31);
        s.dateTime = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 654321000); // does not exist in Europe/Berlin
        s.uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        s.bytes = new byte[] {0, 1, -1, 127, -128};
        s.level = Sample.Level.HIGH;
        return s;
    }

    static void assertSameValues(Sample expected, Sample actual) {
        assertEquals(expected.primitiveLong, actual.primitiveLong);
        assertEquals(expected.primitiveInt, actual.primitiveInt);
        assertEquals(expected.primitiveShort, actual.primitiveShort);
        assertEquals(expected.primitiveBoolean, actual.primitiveBoolean);
        assertEquals(expected.primitiveDouble, actual.primitiveDouble, 1e-15);
        assertEquals(expected.primitiveFloat, actual.primitiveFloat);
        assertEquals(expected.boxedLong, actual.boxedLong);
        assertEquals(expected.boxedInt, actual.boxedInt);
        assertEquals(expected.boxedShort, actual.boxedShort);
        assertEquals(expected.boxedBoolean, actual.boxedBoolean);
        assertEquals(expected.boxedDouble, actual.boxedDouble);
        assertEquals(expected.boxedFloat, actual.boxedFloat);
        assertEquals(expected.text, actual.text);
        assertEquals(0, expected.amount.compareTo(actual.amount), expected.amount + " vs " + actual.amount);
        assertEquals(expected.instant, actual.instant);
        assertEquals(expected.date, actual.date);
        assertEquals(expected.dateTime, actual.dateTime);
        assertEquals(expected.uuid, actual.uuid);
        assertArrayEquals(expected.bytes, actual.bytes);
        assertEquals(expected.level, actual.level);
    }

    @org.junit.jupiter.api.AfterEach
    void forget() {
        current = null;
    }

    @AllDatabases
    void everyTypeSurvivesTheDao(TestDatabase target) {
        current = target;
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            Sample stored = db.inContext(() -> samples.insert(full()));
            assertSameValues(full(), db.inContext(() -> samples.getById(stored.id)));
        }
    }

    @AllDatabases
    void nullsSurviveTheDao(TestDatabase target) {
        current = target;
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            Sample stored = db.inContext(() -> samples.insert(new Sample()));
            Sample read = db.inContext(() -> samples.getById(stored.id));
            assertNull(read.boxedLong);
            assertNull(read.text);
            assertNull(read.instant);
            assertNull(read.uuid);
            assertNull(read.bytes);
            assertNull(read.level);
        }
    }

    @AllDatabases
    void valuesWrittenByTheDaoAndReadByJooqAgree(TestDatabase target) {
        current = target;
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            db.inContext(() -> samples.insert(full()));
            List<Sample> viaJooq = db.inContext(() -> samples.fetch(db.session().dsl().selectFrom(GROUP)
                    .where(GROUP.UUID.eq(full().uuid)).and(GROUP.INSTANT.eq(full().instant))));
            assertEquals(1, viaJooq.size(), "jOOQ's bound UUID and Instant match what the DAO wrote");
            assertSameValues(full(), viaJooq.get(0));
        }
    }

    @AllDatabases
    void valuesWrittenByJooqAndReadByTheDaoAgree(TestDatabase target) {
        current = target;
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            Sample written = full();
            Long id = db.inContext(() -> {
                var record = samples.toRecord(written);
                record.changed(GROUP.ID, false);
                db.session().dsl().insertInto(GROUP).set(record).execute();
                return samples.all().get(0).id;
            });
            assertSameValues(written, db.inContext(() -> samples.getById(id)));
        }
    }

    @AllDatabases
    void instantsDoNotDependOnTheJvmTimeZone(TestDatabase target) {
        TimeZone original = TimeZone.getDefault();
        current = target;
        try (Database db = target.open()) {
            SampleDao samples = new SampleDao(db);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            Sample stored = db.inContext(() -> samples.insert(full()));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Sample read = db.inContext(() -> samples.getById(stored.id));
            assertEquals(full().instant, read.instant);
            assertEquals(full().dateTime, read.dateTime);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

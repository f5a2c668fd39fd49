package dev.tablesmith.it.dialect;

import static dev.tablesmith.it.dialect.SpecimenTable.SPECIMEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/**
 * Every DAO write and lookup refuses a value the database would change, naming the column it was for; values in
 * {@code where(...)} conditions are refused too, with their column where the condition says which it is.
 */
class RefusedValuePathsTest {
    private static final String INVALID = "x\uD800y";

    @AllDatabases
    void writesNameTheColumnOfTheRefusedValue(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            Specimen stored = db.inContext(() -> specimens.insert(ValueRefusalTest.Case.valid()));

            Specimen badNote = ValueRefusalTest.Case.valid();
            badNote.note = INVALID;
            assertRefused("Inserting", "note", () -> db.inContext(() -> specimens.insert(badNote)));
            Specimen badCode = ValueRefusalTest.Case.valid();
            badCode.code = INVALID;
            assertRefused("Inserting", "code", () -> db.inContext(() -> specimens.insert(badCode)));
            assertRefused("Updating", "code", () -> db.inContext(() -> specimens.update(badCode)));
            assertRefused("Upserting", "note", () -> db.inContext(() -> specimens.upsert(badNote)));
            assertRefused("Upserting", "code", () -> db.inContext(() -> specimens.upsert(badCode)));

            stored.price = new BigDecimal("0.125");
            assertRefused("Updating", "price", () -> db.inContext(() -> specimens.update(stored)));
            stored.price = new BigDecimal("0.12");
            stored.at = Instant.MAX;
            assertRefused("Updating", "at", () -> db.inContext(() -> specimens.update(stored)));
            assertEquals(1L, (long) db.inContext(specimens::count), "nothing was written");
        }
    }

    /** A refused row of a batch leaves nothing behind: not in the table, nor in the statement the session reuses. */
    @AllDatabases
    void aBatchWithARefusedRowWritesNone(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            Specimen bad = ValueRefusalTest.Case.valid();
            bad.label = "x".repeat(21);
            List<Specimen> batch = List.of(ValueRefusalTest.Case.valid(), bad, ValueRefusalTest.Case.valid());
            assertRefused("Batch-inserting", "label", () -> db.inContext(() -> specimens.insertAll(batch)));

            List<Specimen> stored = db.inContext(() -> {
                assertThrows(InvalidValueException.class, () -> specimens.insertAll(batch));
                return specimens.insertAll(List.of(ValueRefusalTest.Case.valid()));
            });
            assertEquals(1, stored.size());
            assertEquals(1L, (long) db.inContext(specimens::count), "only the batch after the refused one");
        }
    }

    @AllDatabases
    void lookupsNameTheColumnOfTheRefusedValue(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            assertRefused("Reading", "code", () -> db.inContext(() -> specimens.findById(INVALID)));
            assertRefused("Reading", "code", () -> db.inContext(() -> specimens.existsById(INVALID)));
            assertRefused("Deleting", "code", () -> db.inContext(() -> specimens.deleteById(INVALID)));
            assertRefused("Reading", "label", () -> db.inContext(() -> specimens.findByLabel(INVALID)));
            assertRefused("Reading", "label", () -> db.inContext(() -> specimens.findByLabel("x".repeat(21))));
        }
    }

    @AllDatabases
    void conditionsNameTheColumnTheRefusedValueIsComparedWith(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            // Bound without jOOQ:
            assertRefused("Reading", "note", () -> db.inContext(() -> specimens.where(SPECIMEN.NOTE.eq(INVALID))
                    .list()));
            assertRefused("Counting", "note", () -> db.inContext(() -> specimens.where(
                    SPECIMEN.CODE.eq("a"), SPECIMEN.NOTE.in("b", INVALID)).count()));
            assertRefused("Reading", "label", () -> db.inContext(() -> {
                try (Stream<Specimen> all = specimens.where(SPECIMEN.LABEL.like(INVALID)).stream()) {
                    return all.count();
                }
            }));
            // Bound by jOOQ, beside a value of another type:
            assertRefused("Reading", "note", () -> db.inContext(() -> specimens.where(
                    SPECIMEN.PRICE.gt(BigDecimal.ONE), SPECIMEN.NOTE.eq(INVALID)).first()));
            assertRefused("Reading", "at", () -> db.inContext(() -> specimens.where(SPECIMEN.AT.lt(Instant.MAX))
                    .list()));
            assertRefused("Reading", "at", () -> db.inContext(() -> specimens.where(SPECIMEN.AT.lt(Instant.MAX))
                    .offset(1).list()));
            if (target != TestDatabase.H2) {
                assertRefused("Reading", "day", () -> db.inContext(() -> specimens.where(
                        SPECIMEN.DAY.eq(LocalDate.of(-4713, 11, 24))).list()));
            }
            if (target == TestDatabase.MARIADB || target == TestDatabase.SQLITE) {
                assertRefused("Reading", "ratio", () -> db.inContext(() -> specimens.where(
                        SPECIMEN.RATIO.eq(Double.NaN)).list()));
            }
        }
    }

    /** A condition only compares: a value finer than the column's microseconds is fine there. */
    @AllDatabases
    void conditionsMayCompareWithFinerInstants(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            db.inContext(() -> specimens.insert(ValueRefusalTest.Case.valid()));
            Instant later = Instant.parse("2030-01-01T00:00:00.123456789Z");
            assertEquals(1, db.inContext(() -> specimens.where(SPECIMEN.AT.lt(later)).list()).size());
        }
    }

    /** Values of queries written with jOOQ are refused by Tablesmith's bindings, but their column is not known. */
    @AllDatabases
    void jooqQueriesAreRefusedWithoutAColumn(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            InvalidValueException fetched = assertRefused("Reading", null, () -> db.inContext(() -> specimens.fetch(
                    db.session().dsl().selectFrom(SPECIMEN).where(SPECIMEN.AT.gt(Instant.MIN)))));
            assertTrue(fetched.getMessage().contains(" for a value of the query: it is outside the range"),
                    fetched.getMessage());
            assertRefused("Deleting", null, () -> db.inContext(() -> specimens.deleteAll(SPECIMEN.AT.gt(
                    Instant.MIN))));
        }
    }

    private static InvalidValueException assertRefused(String action, String column, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals("specimen", e.table(), e.getMessage());
        if (column == null) {
            assertNull(e.column(), e.getMessage());
        } else {
            assertEquals(column, e.column(), e.getMessage());
            assertTrue(e.getMessage().contains(" for column \"" + column + "\": "), e.getMessage());
        }
        assertTrue(e.getMessage().startsWith(action + " Specimen (table \"specimen\") refused "), e.getMessage());
        return e;
    }
}

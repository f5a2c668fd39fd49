package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.dialect.Specimen;
import dev.tablesmith.it.dialect.SpecimenDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code insertAll} of more rows than one statement holds: on PostgreSQL these go in multi-row inserts with ids drawn
 * from the sequence beforehand, elsewhere in a JDBC batch; the caller sees the same on every database.
 */
class BulkInsertTest {
    /** More than two statements' worth of rows, with a remainder: 1,000 + 1,000 + 345. */
    private static final int ROWS = 2_345;

    @AllDatabases
    void everyReturnedEntityCarriesTheIdOfItsOwnRow(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<User> stored = db.inContext(() -> users.insertAll(newUsers("bulk", ROWS)));
            assertEquals(ROWS, stored.size());
            Map<Long, String> expected = new HashMap<>();
            for (int i = 0; i < ROWS; i++) {
                assertEquals("bulk" + i, stored.get(i).getUsername(), "entities come back in the order given");
                expected.put(stored.get(i).getId(), "bulk" + i);
            }
            assertEquals(ROWS, expected.size(), "every row has an id of its own");
            Map<Long, String> actual = new HashMap<>();
            db.inContext(() -> users.all().forEach(user -> actual.put(user.getId(), user.getUsername())));
            assertEquals(expected, actual, "the id handed back for each entity is the id of the row holding it");

            User next = db.inContext(() -> users.insert(new User("after", null)));
            assertTrue(!expected.containsKey(next.getId()), "the id column's sequence moved past the drawn ids");
        }
    }

    @AllDatabases
    void rowsWithAssignedIdsGoInTogether(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            List<Specimen> given = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                given.add(new Specimen("bulk-" + i));
            }
            db.inContext(() -> specimens.insertAll(given));
            assertEquals((long) ROWS, (long) db.inContext(specimens::count));
            Specimen last = db.inContext(() -> specimens.getById("bulk-" + (ROWS - 1)));
            assertEquals("bulk-" + (ROWS - 1), last.label);
            assertEquals(0, given.get(0).price.compareTo(last.price));
        }
    }

    @AllDatabases
    void aDuplicateInALaterStatementFailsTheWholeInsertAndTheContextCommitsNothing(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<User> given = newUsers("dup", ROWS);
            given.get(ROWS - 1).setUsername("dup0");
            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> users.insertAll(given)));
            assertEquals("user", e.table(), e.getMessage());
            assertEquals(0L, (long) db.inContext(users::count), "none of the rows before the duplicate were kept");
        }
    }

    @AllDatabases
    void aRefusedValueFarIntoTheListNamesItsColumnAndNothingIsWritten(TestDatabase target) {
        try (Database db = target.open()) {
            SpecimenDao specimens = new SpecimenDao(db);
            List<Specimen> given = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                given.add(new Specimen("r-" + i));
            }
            given.get(1_500).label = "x".repeat(21);
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> db.inContext(() -> specimens.insertAll(given)));
            assertEquals("label", e.column(), e.getMessage());
            assertEquals(0L, (long) db.inContext(specimens::count));

            given.get(1_500).label = "fine";
            db.inContext(() -> specimens.insertAll(given));
            assertEquals((long) ROWS, (long) db.inContext(specimens::count),
                    "the statement the session keeps carries nothing of the refused call");
        }
    }

    /** On PostgreSQL the rows go in one statement per thousand, after one query for their ids. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresTheRowsGoInOneStatementPerThousand(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            UserDao users = new UserDao(db);
            List<RecordedQuery> recorded = db.inContext(() -> {
                users.insertAll(newUsers("rec", ROWS));
                return db.recordedQueries();
            });
            assertEquals(4, recorded.size(), recorded.stream().map(RecordedQuery::statement).toList().toString());
            assertTrue(recorded.get(0).statement().contains("nextval"), recorded.get(0).statement());
            assertEquals(1_000 * 4, recorded.get(1).parameters().size(), "id, username, email and active per row");
            assertEquals(345 * 4, recorded.get(3).parameters().size());
            assertNotEquals(recorded.get(1).statement(), recorded.get(3).statement());
        }
    }

    private static List<User> newUsers(String prefix, int count) {
        List<User> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            users.add(new User(prefix + i, prefix + i + "@example.com"));
        }
        return users;
    }
}

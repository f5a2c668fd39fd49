package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConnectionLostException;
import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.LockTimeoutException;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.dialect.Specimen;
import dev.tablesmith.it.fault.FreezingProxy;
import dev.tablesmith.it.dialect.SpecimenDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code insertAll} of more rows than one statement holds: on PostgreSQL these go in one COPY (or multi-row inserts)
 * with ids drawn from the sequence beforehand, elsewhere in a JDBC batch; the caller sees the same on every database.
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

    /**
     * On PostgreSQL the rows go in one COPY, after one query for their ids; the first time, one query asks whether the
     * table takes COPY as it takes inserts.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresTheRowsGoInOneCopyAfterOneQueryForTheirIds(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            UserDao users = new UserDao(db);
            List<RecordedQuery> first = db.inContext(() -> {
                users.insertAll(newUsers("first", 10));
                return db.recordedQueries();
            });
            // The first time for this table and database, two questions: does it have insert triggers, and does it
            // take COPY as it takes inserts (no rules, not a view).
            assertEquals(4, first.size(), first.stream().map(RecordedQuery::statement).toList().toString());
            assertTrue(first.get(0).statement().contains("pg_trigger"), first.get(0).statement());
            assertTrue(first.get(1).statement().contains("pg_class"), first.get(1).statement());

            List<RecordedQuery> recorded = db.inContext(() -> {
                users.insertAll(newUsers("rec", ROWS));
                return db.recordedQueries();
            });
            assertEquals(2, recorded.size(), recorded.stream().map(RecordedQuery::statement).toList().toString());
            assertTrue(recorded.get(0).statement().contains("nextval"), recorded.get(0).statement());
            assertEquals("copy \"user\" (\"username\", \"email\", \"active\", \"id\") from stdin",
                    recorded.get(1).statement());
            List<Object> parameters = recorded.get(1).parameters();
            assertEquals(ROWS * 4, parameters.size(), "username, email, active and the drawn id per row");
            assertEquals(List.of("rec0", "rec0@example.com", true), parameters.subList(0, 3));
        }
    }

    /**
     * A NULL for a column with a SQL default means the default in an insert ({@code COALESCE(?, default)}), which
     * COPY cannot say: such rows go in through multi-row inserts and get their defaults; rows that give every value
     * still go in one COPY.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresRowsLeavingADefaultToTheDatabaseGoInInsertsAndGetTheDefault(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            DraftDao drafts = new DraftDao(db);
            List<Draft> given = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                given.add(new Draft(null, "d" + i, i == 13 ? null : "final", 1));
            }
            List<String> statements = db.inContext(() -> {
                drafts.insertAll(given);
                return db.recordedQueries().stream().map(RecordedQuery::statement).toList();
            });
            assertTrue(statements.get(statements.size() - 1).startsWith("insert into \"draft\""),
                    statements.toString());
            Map<String, String> status = new HashMap<>();
            db.inContext(() -> drafts.all().forEach(draft -> status.put(draft.title(), draft.status())));
            assertEquals("draft", status.get("d13"), "the column's default, as a one-row insert stores it");
            assertEquals("final", status.get("d12"));

            List<Draft> complete = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                complete.add(new Draft(null, "c" + i, "final", 2));
            }
            List<String> copied = db.inContext(() -> {
                drafts.insertAll(complete);
                return db.recordedQueries().stream().map(RecordedQuery::statement).toList();
            });
            assertTrue(copied.get(copied.size() - 1).startsWith("copy \"draft\""), copied.toString());
            assertEquals(40L, (long) db.inContext(drafts::count));
        }
    }

    /**
     * COPY ignores rules, which an insert applies: a table with a rule keeps the multi-row inserts, and the rule runs
     * for every row.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresATableWithARuleGetsInsertsWhichApplyIt(TestDatabase target) throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build());
                Connection admin = target.adminConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create table \"specimen_audit\" (\"code\" varchar(40))");
            try {
                statement.execute("create rule \"audited\" as on insert to \"specimen\" do also"
                        + " insert into \"specimen_audit\" values (new.\"code\")");
                SpecimenDao specimens = new SpecimenDao(db);
                List<Specimen> given = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    given.add(new Specimen("a-" + i));
                }
                List<String> statements = db.inContext(() -> {
                    specimens.insertAll(given);
                    return db.recordedQueries().stream().map(RecordedQuery::statement).toList();
                });
                assertTrue(statements.get(statements.size() - 1).startsWith("insert into \"specimen\""),
                        statements.toString());
                try (var audited = statement.executeQuery("select count(*) from \"specimen_audit\"")) {
                    audited.next();
                    assertEquals(20, audited.getInt(1), "the rule ran for every row");
                }
            } finally {
                statement.execute("drop table \"specimen_audit\" cascade");
            }
        }
    }

    /**
     * The COPY runs under the same server-side bounds as any statement: waiting for a lock another transaction holds
     * ends after the lock timeout with Tablesmith's exception, and the context keeps nothing.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresTheCopyWaitsForALockNoLongerThanTheLockTimeout(TestDatabase target) throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().lockTimeout(Duration.ofMillis(500)).build());
                Connection holder = target.adminConnection()) {
            SpecimenDao specimens = new SpecimenDao(db); // assigned ids: the COPY is the only statement
            List<Specimen> given = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                given.add(new Specimen("l-" + i));
            }
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("lock table \"specimen\" in access exclusive mode");
            }
            long started = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(LockTimeoutException.class,
                    () -> db.inContext(() -> specimens.insertAll(given))));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(waited.compareTo(Duration.ofSeconds(10)) < 0, waited.toString());
            holder.rollback();
            assertEquals(0L, (long) db.inContext(specimens::count));
        }
    }

    /**
     * A server that stops reading in the middle of the COPY's data leaves the driver blocked writing, which the socket
     * timeout (a bound on reads) does not end: the COPY still ends within about the socket timeout, with the lost
     * connection's exception, and nothing is committed. The rows are more than the loopback sockets buffer.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onPostgresAServerThatStopsReadingTheCopyEndsItWithinTheSocketTimeout(TestDatabase target) {
        List<Specimen> given = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            given.add(new Specimen("f-" + i));
        }
        try (FreezingProxy proxy = FreezingProxy.to(5432);
                Database db = TestDatabase.fresh(target.builder(target.urlThrough(proxy.port()))
                        .statementTimeout(Duration.ofSeconds(1)).socketTimeout(Duration.ofSeconds(2)).build())) {
            SpecimenDao specimens = new SpecimenDao(db);
            long[] started = new long[1];
            ConnectionLostException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                    ConnectionLostException.class, () -> db.inContext(() -> {
                        specimens.count();
                        proxy.freezeAfterSending(1 << 20);
                        started[0] = System.nanoTime();
                        specimens.insertAll(given);
                    })));
            Duration waited = Duration.ofNanos(System.nanoTime() - started[0]);
            assertTrue(waited.compareTo(Duration.ofSeconds(10)) < 0, "took " + waited);
            assertTrue(e.getMessage().contains("nothing"), e.getMessage());
            proxy.thaw();
        }
        try (Database db = target.builder().build()) {
            assertEquals(0L, (long) db.inContext(new SpecimenDao(db)::count), "the frozen COPY committed nothing");
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

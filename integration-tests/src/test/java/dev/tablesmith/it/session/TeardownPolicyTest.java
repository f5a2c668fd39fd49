package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.Teardown;
import dev.tablesmith.TablesmithException;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each teardown policy, on a block that returns and on one that throws; and a failed commit at teardown. */
class TeardownPolicyTest {

    private static Database open(TestDatabase target, Teardown policy) {
        return TestDatabase.fresh(target.builder().teardown(policy).build());
    }

    private static long count(Database db) {
        return db.inContext(new UserDao(db)::count);
    }

    private static void insertThenThrow(Database db, String name) {
        RuntimeException failure = new IllegalStateException("block failed");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
            new UserDao(db).insert(new User(name, null));
            throw failure;
        }));
        assertSame(failure, thrown, "the block's exception is rethrown unchanged");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void commitPolicyCommitsWhenTheBlockReturnsAndRollsBackWhenItThrows(TestDatabase target) {
        try (Database db = open(target, Teardown.COMMIT)) {
            db.inContext(() -> new UserDao(db).insert(new User("kept", null)));
            insertThenThrow(db, "lost");
            assertEquals(1, count(db));
            assertEquals(0, Pools.active(db), "every connection went back to the pool");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void alwaysCommitCommitsEvenWhenTheBlockThrows(TestDatabase target) {
        try (Database db = open(target, Teardown.ALWAYS_COMMIT)) {
            insertThenThrow(db, "kept anyway");
            assertEquals(1, count(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void rollbackPolicyKeepsOnlyWhatTheCodeCommits(TestDatabase target) {
        try (Database db = open(target, Teardown.ROLLBACK)) {
            UserDao users = new UserDao(db);
            db.inContext(() -> {
                users.insert(new User("committed", null));
                db.session().commit();
                users.insert(new User("not committed", null));
            });
            assertEquals(1, count(db));
            insertThenThrow(db, "lost");
            assertEquals(1, count(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aContextMarkedFailedRollsBackInTheTryWithResourcesForm(TestDatabase target) {
        try (Database db = open(target, Teardown.COMMIT)) {
            UserDao users = new UserDao(db);
            try (Context context = db.openContext()) {
                users.insert(new User("lost", null));
                context.fail(new IllegalStateException("request failed"));
            }
            try (Context context = db.openContext()) {
                users.insert(new User("kept", null));
            }
            assertEquals(1, count(db));
        }
    }

    /** PostgreSQL only: it checks a DEFERRABLE constraint at commit, which makes the commit itself fail. */
    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void aCommitThatFailsAtTeardownRaisesToTheCallerAndKeepsNothing(TestDatabase target) {
        try (Database db = open(target, Teardown.COMMIT)) {
            db.inContext(() -> {
                db.session().dsl().execute("DROP TABLE IF EXISTS deferred_child");
                db.session().dsl().execute("CREATE TABLE deferred_child (id INT PRIMARY KEY, parent INT REFERENCES "
                        + "deferred_child (id) DEFERRABLE INITIALLY DEFERRED)");
            });
            try {
                TablesmithException e = assertThrows(TablesmithException.class, () -> db.inContext(() -> {
                    new UserDao(db).insert(new User("written before the failing commit", null));
                    db.session().dsl().execute("INSERT INTO deferred_child VALUES (1, 999)");
                }));
                assertTrue(e.getMessage().contains("Commit failed"), e.getMessage());
                assertEquals(0, count(db), "the failed context committed nothing");
                assertEquals(0, Pools.active(db), "the connection was released after the failed commit");
            } finally {
                db.inContext(() -> {
                    db.session().dsl().execute("DROP TABLE deferred_child");
                });
            }
        }
    }
}

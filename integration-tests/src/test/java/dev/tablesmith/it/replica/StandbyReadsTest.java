package dev.tablesmith.it.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.CommitPosition;
import dev.tablesmith.Database;
import dev.tablesmith.ReadOnlyTransactionException;
import dev.tablesmith.ReplicaStatus;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read contexts on a real PostgreSQL hot standby (scripts/pg-standby.sh): they run there, writes there are refused,
 * a read sees the caller's own commit however soon it follows, and a standby that falls behind is skipped.
 */
class StandbyReadsTest {

    @BeforeEach
    void standby() {
        TestStandby.require();
    }

    private static boolean inRecovery(Database db) {
        return db.session().dsl().fetchSingle("SELECT pg_is_in_recovery()").get(0, Boolean.class);
    }

    @Test
    void readContextsRunOnTheStandbyAndOrdinaryContextsOnThePrimary() {
        try (Database db = TestStandby.open(TestStandby.builder())) {
            assertTrue(db.inReadContext(() -> inRecovery(db)), "inReadContext runs on the standby");
            assertFalse(db.inContext(() -> inRecovery(db)), "inContext runs on the primary");
            assertTrue(db.inReadContext(() -> db.session().readOnly()));
            // A read context inside one that has read joins it, inside a savepoint on the standby.
            assertTrue(db.inReadContext(() -> {
                inRecovery(db);
                return db.inReadContext(() -> inRecovery(db));
            }));
            ReplicaStatus status = db.replicas().get(0);
            assertEquals(TestStandby.url(), status.url());
            assertTrue(status.usable() && status.problem() == null, status.toString());
            assertFalse(status.replayed().isNone(), "the standby's replay position is known: " + status);
            assertEquals(2, status.reads());
        }
    }

    @Test
    void aWriteInAReadContextIsRefusedSayingToUseInContext() {
        try (Database db = TestStandby.open(TestStandby.builder())) {
            UserDao users = new UserDao(db);
            ReadOnlyTransactionException dao = assertThrows(ReadOnlyTransactionException.class,
                    () -> db.inReadContext(() -> users.insert(new User("ada", null))));
            assertTrue(dao.getMessage().startsWith("Inserting User (table \"user\") was refused: the transaction is "
                    + "read-only") && dao.getMessage().contains("write in db.inContext(...) instead"), dao.getMessage());
            ReadOnlyTransactionException dsl = assertThrows(ReadOnlyTransactionException.class,
                    () -> db.inReadContext(() -> db.session().dsl().execute("DELETE FROM \"user\"")));
            assertTrue(dsl.getMessage().contains("DELETE FROM \"user\"") && dsl.getMessage().contains("db.inContext"),
                    dsl.getMessage());
            assertEquals(0L, (long) db.inContext(users::count), "nothing was written");
            // The same refusal on the primary, where a read context goes when no replica can serve it.
            try (Database primaryOnly = dev.tablesmith.it.TestDatabase.POSTGRES.builder().build()) {
                assertThrows(ReadOnlyTransactionException.class,
                        () -> primaryOnly.inReadContext(() -> new UserDao(primaryOnly).insert(new User("bob", null))));
            }
        }
    }

    /**
     * The acceptance check: 1,000 times, a context commits a new value and a read context right after reads
     * it back, with the thread's commit position as the default; not one read may miss its write, and the reads
     * must have run on the standby (not merely on the primary after waiting).
     */
    @Test
    void aThousandWriteThenReadIterationsNeverMissTheirOwnWrite() {
        try (Database db = TestStandby.open(TestStandby.builder().replicaWaitTimeout(Duration.ofSeconds(1)))) {
            UserDao users = new UserDao(db);
            User user = db.inContext(() -> users.insert(new User("writer", "v0")));
            long replicaReadsBefore = TestStandby.replicaReads(db);
            int iterations = 1000;
            long[] readNanos = new long[iterations];
            int misses = 0;
            for (int i = 1; i <= iterations; i++) {
                String value = "v" + i;
                db.inContext(() -> {
                    user.setEmail(value);
                    users.update(user);
                });
                long started = System.nanoTime();
                String read = db.inReadContext(() -> users.getById(user.getId()).getEmail());
                readNanos[i - 1] = System.nanoTime() - started;
                if (!value.equals(read)) {
                    misses++;
                }
            }
            long onStandby = TestStandby.replicaReads(db) - replicaReadsBefore;
            Arrays.sort(readNanos);
            System.out.printf("[replicas] %d write-then-read iterations: %d missed, %d read on the standby; "
                    + "read with the wait: median %.2f ms, p99 %.2f ms%n", iterations, misses, onStandby,
                    readNanos[iterations / 2] / 1e6, readNanos[iterations * 99 / 100] / 1e6);
            assertEquals(0, misses, "reads that missed their own write");
            assertTrue(onStandby >= iterations * 9L / 10, onStandby + " of " + iterations + " reads ran on the standby");
        }
    }

    @Test
    void aPositionCarriedAsTextToAnotherThreadMakesItsReadSeeTheCommit() throws Exception {
        try (Database db = TestStandby.open(TestStandby.builder().replicaWaitTimeout(Duration.ofSeconds(1)))) {
            UserDao users = new UserDao(db);
            for (int i = 0; i < 50; i++) {
                User written = db.inContext(() -> users.insert(new User("cookie" + System.nanoTime(), null)));
                String cookie = db.commitPosition().toString();
                assertFalse(cookie.isEmpty());
                boolean seen = CompletableFuture.supplyAsync(() -> db.inReadContext(CommitPosition.parse(cookie),
                        () -> users.findById(written.getId()).isPresent())).get();
                assertTrue(seen, "a read with position " + cookie + " saw the commit");
            }
        }
    }

    /**
     * With the standby's replay paused, it falls behind as the primary writes: the monitor measures the lag from the
     * positions and takes it out of rotation, reads go to the primary without an error, and once replay resumes it
     * takes reads again.
     */
    @Test
    void aStandbyThatLagsBeyondTheLimitIsSkippedAndTakesReadsAgainOnceCaughtUp() throws Exception {
        try (Database db = TestStandby.open(TestStandby.builder().maxReplicaLag(Duration.ofMillis(500))
                .replicaCheckInterval(Duration.ofMillis(100)));
                Connection standby = DriverManager.getConnection(TestStandby.url(), "postgres", "")) {
            UserDao users = new UserDao(db);
            standby.createStatement().execute("SELECT pg_wal_replay_pause()");
            try {
                TestStandby.await("the standby to be judged lagging", Duration.ofSeconds(20), () -> {
                    db.inContext(() -> users.insert(new User("lag" + System.nanoTime(), null)));
                    return !db.replicas().get(0).usable();
                });
                ReplicaStatus lagging = db.replicas().get(0);
                // Beyond the limit, or behind even the oldest position the monitor keeps, which it cannot measure.
                assertTrue(lagging.problem().startsWith("lagging"), lagging.toString());
                assertTrue(lagging.lag().compareTo(Duration.ZERO) > 0, lagging.toString());
                long before = TestStandby.replicaReads(db);
                long count = db.inReadContext(CommitPosition.NONE, users::count);
                assertEquals(count, (long) db.inContext(users::count), "the read ran on the primary, up to date");
                assertFalse(db.inReadContext(CommitPosition.NONE, () -> inRecovery(db)));
                assertEquals(before, TestStandby.replicaReads(db));
            } finally {
                standby.createStatement().execute("SELECT pg_wal_replay_resume()");
            }
            TestStandby.await("the standby to take reads again", Duration.ofSeconds(30),
                    () -> db.replicas().get(0).usable());
            assertTrue(db.inReadContext(() -> inRecovery(db)));
        }
    }

    /**
     * A read that must see a commit the paused standby has not replayed waits for it at most the wait timeout, then
     * reads on the primary and sees the commit; it never reads the standby's older state.
     */
    @Test
    void aReadWaitsForItsCommitAtMostTheWaitTimeoutAndThenReadsOnThePrimary() throws Exception {
        Duration wait = Duration.ofMillis(300);
        try (Database db = TestStandby.open(TestStandby.builder().replicaWaitTimeout(wait));
                Connection standby = DriverManager.getConnection(TestStandby.url(), "postgres", "")) {
            UserDao users = new UserDao(db);
            standby.createStatement().execute("SELECT pg_wal_replay_pause()");
            try {
                User written = db.inContext(() -> users.insert(new User("after the pause", null)));
                long started = System.nanoTime();
                boolean[] where = new boolean[1];
                boolean seen = db.inReadContext(() -> {
                    where[0] = inRecovery(db);
                    return users.findById(written.getId()).isPresent();
                });
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(seen, "the read saw the commit");
                assertFalse(where[0], "it ran on the primary");
                assertTrue(took.compareTo(wait) >= 0 && took.compareTo(wait.plusSeconds(2)) < 0, "took " + took);
            } finally {
                standby.createStatement().execute("SELECT pg_wal_replay_resume()");
            }
            User next = db.inContext(() -> users.insert(new User("after the resume", null)));
            assertTrue(db.inReadContext(() -> inRecovery(db) && users.findById(next.getId()).isPresent()));
            assertNotEquals(CommitPosition.NONE, db.commitPosition());
        }
    }
}

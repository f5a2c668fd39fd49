package dev.tablesmith.it.session;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConnectionUnavailableException;
import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.LockTimeoutException;
import dev.tablesmith.ModelChange;
import dev.tablesmith.TablesmithException;
import dev.tablesmith.Teardown;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.Post;
import dev.tablesmith.it.model.PostDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A context opened inside another on the same thread joins its session inside a savepoint, so it can never wait
 * for its own thread; one opened with {@code inNewContext} is independent, and its waits on its own thread are
 * bounded and explained. Every wait here is under {@code assertTimeoutPreemptively}: before savepoints, several of
 * these hung forever on PostgreSQL.
 */
class NestedContextsTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static Database open(TestDatabase target, int poolSize) {
        return TestDatabase.fresh(target.builder().poolSize(poolSize).lockTimeout(Duration.ofSeconds(1)).build());
    }

    private static long users(Database db) {
        return db.inContext(new UserDao(db)::count);
    }

    @AllDatabases
    void anInnerContextSeesAndReferencesTheOuterContextsUncommittedRow(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            PostDao posts = new PostDao(db);
            assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                User ada = users.insert(new User("ada", null));
                db.inContext(() -> {
                    assertTrue(users.findByUsername("ada").isPresent(), "the inner context sees the outer's row");
                    posts.insert(Post.draft(ada.getId(), "hello", null, Instant.parse("2024-01-01T00:00:00Z")));
                });
            }));
            assertEquals(1, users(db));
            assertEquals(1L, (long) db.inContext(posts::count));
        }
    }

    @AllDatabases
    void anInnerUniqueConflictWithTheOuterRowFailsAtOnceAndTheOuterContextGoesOn(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                users.insert(new User("ada", null));
                assertThrows(ConstraintViolationException.class,
                        () -> db.inContext(() -> users.insert(new User("ada", null))));
                users.insert(new User("bob", null));
            }));
            assertEquals(2, users(db), "the outer work and the work after the failed inner context committed");
        }
    }

    @AllDatabases
    void nestedContextsNeverWaitForTheirOwnThreadsConnectionEvenWithAPoolOfOne(TestDatabase target) {
        try (Database db = open(target, 1)) {
            UserDao users = new UserDao(db);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> db.inContext(() -> {
                users.insert(new User("outer", null));
                db.inContext(() -> {
                    users.insert(new User("inner", null));
                    db.inContext(() -> users.insert(new User("innermost", null)));
                });
            }));
            assertEquals(3, users(db));
            assertEquals(0, Pools.active(db));
        }
    }

    @AllDatabases
    void aThrowingInnerContextUndoesOnlyItsOwnWorkAndIsNotAnnounced(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            List<String> announced = new CopyOnWriteArrayList<>();
            db.onCommit(changes -> changes.forEach(c -> announced.add(((User) c.entity()).getUsername())));
            db.inContext(() -> {
                users.insert(new User("kept", null));
                assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                    users.insert(new User("undone", null));
                    db.inContext(() -> users.insert(new User("undone too", null)));
                    throw new IllegalStateException("inner failed");
                }));
                assertEquals(1, users.count(), "the inner work was rolled back to its savepoint");
            });
            assertEquals(List.of("kept"), db.inContext(() -> users.all().stream().map(User::getUsername).toList()));
            assertEquals(List.of("kept"), announced, "listeners hear only what committed");
        }
    }

    @AllDatabases
    void theInnerTeardownPolicyAppliesAtItsSavepoint(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            db.inContext(() -> {
                try (Context inner = db.openContext(Teardown.ROLLBACK)) {
                    assertTrue(inner.nested());
                    users.insert(new User("rolled back by policy", null));
                }
                assertThrows(IllegalStateException.class, () -> {
                    try (Context inner = db.openContext(Teardown.ALWAYS_COMMIT)) {
                        users.insert(new User("kept by policy", null));
                        inner.fail(new IllegalStateException("failed"));
                        throw new IllegalStateException("failed");
                    }
                });
            });
            assertEquals(List.of("kept by policy"),
                    db.inContext(() -> users.all().stream().map(User::getUsername).toList()));
        }
    }

    @AllDatabases
    void theOutermostContextDecides(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                db.inContext(() -> users.insert(new User("released, then rolled back with the outer", null)));
                throw new IllegalStateException("outer failed");
            }));
            assertEquals(0, users(db));
        }
    }

    @AllDatabases
    void commitAndRollbackAreRefusedInsideANestedContext(TestDatabase target) {
        try (Database db = open(target, 4)) {
            db.inContext(() -> db.inContext(() -> {
                IllegalStateException commit = assertThrows(IllegalStateException.class, () -> db.session().commit());
                assertTrue(commit.getMessage().contains("nested context"), commit.getMessage());
                assertThrows(IllegalStateException.class, () -> db.session().rollback());
            }));
        }
    }

    /**
     * A nested block that catches its own failed statement and returns: PostgreSQL cannot keep such a savepoint, so
     * the nested work is undone and the caller told; the other databases keep the work that succeeded. Either way
     * the caller knows what is kept, and the outer context goes on.
     */
    @AllDatabases
    void aNestedContextThatSwallowsAFailedStatementEndsWithAKnownOutcome(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            boolean[] undone = new boolean[1];
            db.inContext(() -> {
                users.insert(new User("ada", null));
                try {
                    db.inContext(() -> {
                        users.insert(new User("bob", null));
                        assertThrows(ConstraintViolationException.class, () -> users.insert(new User("ada", null)));
                    });
                } catch (TablesmithException e) {
                    assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
                    undone[0] = true;
                }
                users.insert(new User("carol", null));
            });
            List<String> kept = db.inContext(() -> users.where().orderBy(USER.USERNAME).list().stream()
                    .map(User::getUsername).toList());
            assertEquals(undone[0] ? List.of("ada", "carol") : List.of("ada", "bob", "carol"), kept);
            assertEquals(target == TestDatabase.POSTGRES, undone[0], "only PostgreSQL refuses to keep it");
        }
    }

    @AllDatabases
    void aNewContextCommitsOnItsOwn(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            List<List<ModelChange>> announced = new CopyOnWriteArrayList<>();
            db.onCommit(announced::add);
            // The new context writes before the outer one does: SQLite has one writer at a time, and would make the
            // new context wait for its own thread (see the lock-timeout test below).
            assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                var outer = db.session();
                db.inNewContext(() -> {
                    assertNotSame(outer, db.session(), "a new context has a session of its own");
                    users.insert(new User("committed on its own", null));
                });
                assertEquals(1, announced.size(), "the new context committed when it ended");
                users.insert(new User("rolled back with the outer", null));
                throw new IllegalStateException("outer failed");
            }));
            assertEquals(List.of("committed on its own"),
                    db.inContext(() -> users.all().stream().map(User::getUsername).toList()));
        }
    }

    @AllDatabases
    void aNewContextThatNeedsItsOwnThreadsLastConnectionFailsAtOnceSayingWhy(TestDatabase target) {
        try (Database db = open(target, 1)) {
            UserDao users = new UserDao(db);
            long started = System.nanoTime();
            ConnectionUnavailableException e = assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                users.insert(new User("outer", null));
                return assertThrows(ConnectionUnavailableException.class,
                        () -> db.inNewContext(() -> users.insert(new User("inner", null))));
            }));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0,
                    "it failed at once instead of waiting for the acquire timeout");
            assertTrue(e.getMessage().contains("this thread opened earlier") && e.getMessage().contains("inContext"),
                    e.getMessage());
            assertEquals(1, users(db));
        }
    }

    @AllDatabases
    void aNewContextWaitingForALockItsOwnThreadHoldsFailsWithinTheLockTimeout(TestDatabase target) {
        try (Database db = open(target, 4)) {
            UserDao users = new UserDao(db);
            LockTimeoutException e = assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                users.insert(new User("ada", null));
                return assertThrows(LockTimeoutException.class,
                        () -> db.inNewContext(() -> users.insert(new User("ada", null))));
            }));
            assertTrue(e.getMessage().contains("this thread opened earlier"), e.getMessage());
            assertEquals(1, users(db));
        }
    }
}

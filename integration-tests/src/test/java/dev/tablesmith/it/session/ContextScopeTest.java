package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.OutsideContextException;
import dev.tablesmith.Session;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which session code sees: nesting, other threads, laziness, and exceptions passing through a context. */
class ContextScopeTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aNestedContextJoinsTheOuterSessionAndPoppingRestoresTheOuterContext(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> {
                Session outer = db.session();
                users.insert(new User("outer", null));
                assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                    assertSame(outer, db.session(), "a nested context joins the enclosing session");
                    users.insert(new User("inner", null));
                    throw new IllegalStateException("inner failed");
                }));
                assertSame(outer, db.session(), "the outer session is current again");
                assertEquals(1, users.count(), "the inner rollback to its savepoint left the outer work alone");
            });
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aContextThatNeverTouchesTheDatabaseTakesNoConnection(TestDatabase target) {
        try (Database db = target.open()) {
            db.inContext(() -> {
                db.session();
                assertEquals(0, Pools.active(db), "no connection before first use");
                new UserDao(db).count();
                assertEquals(1, Pools.active(db), "one connection once used");
            });
            assertEquals(0, Pools.active(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aWrappedTaskRunsOnAnotherThreadInTheSameSession(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService executor = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> {
                Context context = db.openContext();
                try {
                    users.insert(new User("ada", null));
                    Future<Long> seen = executor.submit(context.wrap(users::count));
                    assertEquals(1L, seen.get(), "the other thread sees the uncommitted row: same transaction");
                    Future<?> outside = executor.submit(() -> assertFalse(db.inContext()));
                    outside.get();
                } finally {
                    context.close();
                }
            });
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aWrappedTaskThatLeavesAContextOpenIsRefusedAndLeavesItsThreadClean(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService executor = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            try (Context context = db.openContext()) {
                users.insert(new User("ada", null));
                // A context opened and never closed takes no connection until used, so this leaks nothing real.
                Runnable leavesAContextOpen = context.wrap(() -> {
                    db.openContext();
                });
                IllegalStateException refused = assertThrows(IllegalStateException.class,
                        () -> rethrowCause(executor.submit(leavesAContextOpen)));
                assertTrue(refused.getMessage().contains("reverse order"), refused.getMessage());
                assertFalse(executor.submit(() -> db.inContext()).get(),
                        "the pool thread has no context left over for its next task to join by mistake");
                assertEquals(1L, (long) executor.submit(context.wrap(users::count)).get(),
                        "the context can still be wrapped, and the task joins its transaction");
            }
            assertEquals(1L, (long) db.inContext(users::count), "the context committed when closed");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void outsideAnyContextTheErrorSaysHowToOpenOne(TestDatabase target) {
        try (Database db = target.open()) {
            OutsideContextException e = assertThrows(OutsideContextException.class, () -> new UserDao(db).count());
            assertTrue(e.getMessage().contains("db.inContext(") && e.getMessage().contains("ctx.wrap("),
                    e.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aContextClosedOutOfOrderOrOnAnotherThreadIsRefusedAndStaysUsable(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService executor = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            Context outer = db.openContext();
            Context inner = db.openContext();
            users.insert(new User("inner", null));

            IllegalStateException wrongThread = assertThrows(IllegalStateException.class,
                    () -> rethrowCause(executor.submit(inner::close)));
            assertTrue(wrongThread.getMessage().contains("closed on the thread that opened it"),
                    wrongThread.getMessage());
            assertSame(inner.session(), db.session(), "the refused close left the inner context current");

            inner.close();
            users.insert(new User("outer", null));
            Context reopened = db.openContext();
            IllegalStateException outOfOrder = assertThrows(IllegalStateException.class, outer::close);
            assertTrue(outOfOrder.getMessage().contains("reverse order"), outOfOrder.getMessage());
            assertSame(reopened.session(), db.session(), "the refused close left the innermost context current");
            reopened.close();
            assertSame(outer.session(), db.session(), "the outer context is still open");
            outer.close();
            assertFalse(db.inContext());
            assertEquals(2L, (long) db.inContext(users::count), "both contexts committed once closed in order");
        }
    }

    private static void rethrowCause(Future<?> future) throws Exception {
        try {
            future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Compiles only because a block's checked exception type is inferred and rethrown as such. */
    private static void throwsChecked(Database db) throws IOException {
        db.inContext(() -> {
            throw new IOException("disk full");
        });
    }

    /** Compiles only because a block that throws nothing makes inContext throw nothing checked. */
    private static long throwsNothing(Database db) {
        return db.inContext(() -> 42L);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void checkedExceptionsPassThroughUnchanged(TestDatabase target) {
        try (Database db = target.open()) {
            IOException e = assertThrows(IOException.class, () -> throwsChecked(db));
            assertEquals("disk full", e.getMessage());
            assertEquals(42L, throwsNothing(db));
            assertEquals(0, Pools.active(db));
        }
    }

    /** What a framework integration does when application code left contexts open: roll everything back, cleanly. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void abortEndsAContextAndEveryContextLeftOpenInsideItAndLeavesTheThreadClean(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            Context request = db.openContext();
            users.insert(new User("by the request", null));
            db.openContext();
            users.insert(new User("by a nested context left open", null));
            db.openNewContext();
            users.insert(new User("by a new context left open", null));
            assertThrows(IllegalStateException.class, request::close, "contexts are still open inside it");
            request.abort();
            assertFalse(db.inContext(), "the thread is clean for its next request");
            assertEquals(0, Pools.active(db), "every connection went back");
            assertEquals(0L, (long) db.inContext(users::count), "all of it rolled back");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void anInContextBlockThatLeavesAContextOpenRollsBackAndLeavesTheThreadClean(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            // The block returns normally, but a context it opened is still open: its own cannot end in order.
            IllegalStateException leftOpen = assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                users.insert(new User("by the block", null));
                db.openContext();
                users.insert(new User("by the context left open", null));
            }));
            assertTrue(leftOpen.getMessage().contains("left a context it opened still open")
                    && leftOpen.getMessage().contains("rolled back"), leftOpen.getMessage());
            assertFalse(db.inContext(), "the thread keeps no context for its next work to join by mistake");
            assertEquals(0, Pools.active(db), "every connection went back");
            assertEquals(0L, (long) db.inContext(users::count), "nothing of either was committed");

            // The same when the block throws: its exception is what the caller sees, and the thread is clean.
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> db.inNewContext(() -> {
                users.insert(new User("by a failing block", null));
                db.openContext();
                throw new IllegalArgumentException("the block failed");
            }));
            assertEquals("the block failed", thrown.getMessage());
            assertFalse(db.inContext());
            db.inContext(() -> users.insert(new User("later work", null)));
            assertEquals(1L, (long) db.inContext(users::count), "later work on the thread commits by itself");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void abortWhileAWrappedTaskRunsEndsTheSessionWhenTheTaskFinishes(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService executor = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
            Context context = db.openContext();
            Future<?> task = executor.submit(context.wrap(() -> {
                users.insert(new User("by the task", null));
                running.countDown();
                try {
                    finish.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(running.await(10, java.util.concurrent.TimeUnit.SECONDS));
            context.abort();
            assertFalse(db.inContext());
            finish.countDown();
            task.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(0, Pools.active(db), "the task's end ended the session");
            assertEquals(0L, (long) db.inContext(users::count));
        }
    }
}

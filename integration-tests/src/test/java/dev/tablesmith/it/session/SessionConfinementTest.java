package dev.tablesmith.it.session;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.Session;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A session belongs to one thread at a time: the thread of its context, or a task passed through
 * {@code ctx.wrap} while that task runs. Any other use is refused at once, before it reaches the connection, so
 * that no race can duplicate, lose or corrupt a row.
 */
class SessionConfinementTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @AllDatabases
    void aSessionUsedFromAThreadOutsideItsContextIsRefused(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService other = Executors.newSingleThreadExecutor()) {
            db.inContext(() -> {
                Session session = db.session();
                for (Runnable misuse : List.<Runnable>of(() -> session.dsl().fetchCount(USER), session::commit,
                        session::rollback, session::connection)) {
                    Throwable refused = failureOf(other.submit(misuse));
                    assertInstanceOf(IllegalStateException.class, refused);
                    assertTrue(refused.getMessage().contains("ctx.wrap"), refused.getMessage());
                }
            });
        }
    }

    @AllDatabases
    void theContextsThreadIsRefusedWhileAWrappedTaskUsesTheSession(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService other = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            CountDownLatch taskHasSession = new CountDownLatch(1);
            CountDownLatch ownerTried = new CountDownLatch(1);
            assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                Context context = db.openContext();
                try {
                    Future<?> task = other.submit(context.wrap(() -> {
                        users.insert(new User("from the task", null));
                        taskHasSession.countDown();
                        await(ownerTried);
                        users.insert(new User("from the task, after", null));
                    }));
                    await(taskHasSession);
                    IllegalStateException refused = assertThrows(IllegalStateException.class,
                            () -> users.insert(new User("from the owner, racing", null)));
                    assertTrue(refused.getMessage().contains("ctx.wrap"), refused.getMessage());
                    assertThrows(IllegalStateException.class, context::close, "cannot end under a running task");
                    ownerTried.countDown();
                    task.get(10, TimeUnit.SECONDS);
                    users.insert(new User("from the owner, after the task", null));
                } finally {
                    context.close();
                }
            }));
            assertEquals(List.of("from the owner, after the task", "from the task", "from the task, after"),
                    db.inContext(() -> users.where().orderBy(USER.USERNAME).list().stream().map(User::getUsername)
                            .toList()));
        }
    }

    @AllDatabases
    void aSecondWrappedTaskIsRefusedWhileTheFirstRuns(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
            UserDao users = new UserDao(db);
            CountDownLatch firstHasSession = new CountDownLatch(1);
            CountDownLatch secondTried = new CountDownLatch(1);
            assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                Context context = db.openContext();
                try {
                    Future<?> first = pool.submit(context.wrap(() -> {
                        users.insert(new User("first", null));
                        firstHasSession.countDown();
                        await(secondTried);
                    }));
                    await(firstHasSession);
                    Future<?> second = pool.submit(context.wrap(() -> users.insert(new User("second", null))));
                    Throwable refused = failureOf(second);
                    secondTried.countDown();
                    assertInstanceOf(IllegalStateException.class, refused);
                    assertTrue(refused.getMessage().contains("one thread at a time"), refused.getMessage());
                    first.get(10, TimeUnit.SECONDS);
                } finally {
                    context.close();
                }
            }));
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    /**
     * The probe that once committed duplicated and missing rows without an error: the context's thread and a
     * wrapped task insert at the same time. Now one of them is refused, and what committed is exactly what the
     * inserts that succeeded reported.
     */
    @AllDatabases
    void racingInsertsNeverCommitDuplicatedOrMissingRows(TestDatabase target) throws Exception {
        try (Database db = target.open(); ExecutorService other = Executors.newSingleThreadExecutor()) {
            UserDao users = new UserDao(db);
            List<String> succeeded = java.util.Collections.synchronizedList(new ArrayList<>());
            assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                Context context = db.openContext();
                try {
                    CountDownLatch start = new CountDownLatch(1);
                    Future<?> task = other.submit(context.wrap(() -> {
                        await(start);
                        insertAll(users, "task-", succeeded);
                    }));
                    start.countDown();
                    insertAll(users, "owner-", succeeded);
                    try {
                        task.get(20, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        assertInstanceOf(IllegalStateException.class, e.getCause());
                    }
                } finally {
                    context.close();
                }
            }));
            List<String> stored = db.inContext(() -> users.all().stream().map(User::getUsername).toList());
            assertEquals(new HashSet<>(succeeded), new HashSet<>(stored), "committed exactly what succeeded");
            assertEquals(stored.size(), new HashSet<>(stored).size(), "no duplicates");
        }
    }

    /** Inserts up to 300 users, stopping at the first refusal; notes each that succeeded. */
    private static void insertAll(UserDao users, String prefix, List<String> succeeded) {
        for (int i = 0; i < 300; i++) {
            String name = prefix + i;
            try {
                users.insert(new User(name, null));
                succeeded.add(name);
            } catch (IllegalStateException e) {
                return;
            }
        }
    }

    private static Throwable failureOf(Future<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected the task to be refused");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the task neither ran nor was refused within 10 s", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 10 s for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

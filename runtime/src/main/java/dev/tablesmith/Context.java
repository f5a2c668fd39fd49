package dev.tablesmith;

import java.util.concurrent.Callable;

/**
 * An open unit of work on one thread, like Flask's application context: it owns one {@link Session}, is the
 * innermost context of its thread until it closes, and at close commits or rolls back according to the
 * database's {@link Teardown} policy, then gives the connection back.
 *
 * <p>Application code should use {@link Database#inContext(ContextTask)}: it sees how the block ended and tears
 * down accordingly. This try-with-resources form is for framework integrations (filters, interceptors) where the
 * unit of work spans calls; because {@code close()} cannot see an exception thrown in the {@code try} block, such
 * code must call {@link #fail(Throwable)} when the work failed, or a {@code COMMIT} policy will commit it:
 *
 * <pre>{@code
 * try (Context ctx = db.openContext()) {
 *     try {
 *         chain.proceed();
 *     } catch (RuntimeException e) {
 *         ctx.fail(e);
 *         throw e;
 *     }
 * }
 * }</pre>
 */
public final class Context implements AutoCloseable {
    private final Database database;
    private final Session session;
    private final Thread owner;
    private final Teardown policy;
    /** The context this one was opened in on its thread, current again once this one closes; null if none. */
    private final Context enclosing;
    private Throwable failure;
    private boolean closed;

    Context(Database database, Teardown policy, Context enclosing) {
        this.database = database;
        this.policy = policy;
        this.enclosing = enclosing;
        this.session = new Session(database);
        this.owner = Thread.currentThread();
    }

    /** This context's session. */
    public Session session() {
        return session;
    }

    /** The policy this context applies when it ends. */
    public Teardown policy() {
        return policy;
    }

    /** Marks the unit of work as failed, so that teardown treats it as a block that threw {@code cause}. */
    public void fail(Throwable cause) {
        failure = cause == null ? new IllegalStateException("context marked as failed") : cause;
    }

    /** Whether {@link #fail(Throwable)} was called. */
    public boolean failed() {
        return failure != null;
    }

    /**
     * Returns a task that runs {@code task} on whichever thread executes it with this context as that thread's
     * current context, so the DAOs it calls join this context's session. The context must stay open until the
     * task has finished, and the session must not be used by two threads at once.
     */
    public Runnable wrap(Runnable task) {
        return () -> {
            Context replaced = database.enter(this);
            try {
                task.run();
            } finally {
                database.leave(this, replaced);
            }
        };
    }

    private IllegalStateException closedOnAnotherThread() {
        return new IllegalStateException("A context must be closed on the thread that opened it (" + owner
                + "), not on " + Thread.currentThread());
    }

    /** Like {@link #wrap(Runnable)}, for a task with a result. */
    public <T> Callable<T> wrap(Callable<T> task) {
        return () -> {
            Context replaced = database.enter(this);
            try {
                return task.call();
            } finally {
                database.leave(this, replaced);
            }
        };
    }

    /**
     * Ends the context: applies the teardown policy, gives the connections back and makes the enclosing context
     * current again.
     *
     * @throws TablesmithException when the commit at teardown failed (the work was rolled back)
     * @throws IllegalStateException when called on another thread than the one that opened this context, or while a
     *                               context opened inside it is still open; the context then stays open
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw closedOnAnotherThread();
        }
        database.checkInnermost(this);
        closed = true;
        try {
            session.end(policy.commits(failure != null));
        } finally {
            database.makeCurrent(enclosing);
        }
    }
}

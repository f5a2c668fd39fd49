package dev.tablesmith;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * An open unit of work on one thread, like Flask's application context: it has a {@link Session}, is the innermost
 * context of its thread until it closes, and at close applies its {@link Teardown} policy.
 *
 * <p>A context opened while another is open on the same thread ({@link Database#openContext()},
 * {@link Database#inContext(ContextTask)}) is <em>nested</em>: it joins the enclosing context's session inside a
 * savepoint, so both use one connection per database and see each other's work. Closing it releases the savepoint
 * (its work becomes part of the enclosing transaction) or rolls back to it; only the outermost context commits. A
 * context opened with {@link Database#openNewContext()} has a session and transactions of its own instead.
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
    private final ContextStack stack;
    private final CommitListeners listeners;
    private final Session session;
    private final Thread owner;
    private final Teardown policy;
    /** The context this one was opened in on its thread, current again once this one closes; null if none. */
    private final Context enclosing;
    /** The savepoints of this context's share of the enclosing session, when nested; null for an own session. */
    private final SavepointFrame savepoints;
    private Throwable failure;
    private boolean closed;

    private Context(ContextStack stack, CommitListeners listeners, Teardown policy, Context enclosing,
            Session session, SavepointFrame savepoints) {
        this.stack = stack;
        this.listeners = listeners;
        this.policy = policy;
        this.enclosing = enclosing;
        this.session = session;
        this.savepoints = savepoints;
        this.owner = Thread.currentThread();
    }

    /** A context with a session of its own, opened inside {@code enclosing} (or on its own when null). */
    static Context independent(ContextStack stack, CommitListeners listeners, Teardown policy, Context enclosing,
            Session session) {
        return new Context(stack, listeners, policy, enclosing, session, null);
    }

    /** A context sharing {@code enclosing}'s session inside a savepoint. */
    static Context joining(ContextStack stack, CommitListeners listeners, Teardown policy, Context enclosing) {
        Session shared = enclosing.session;
        return new Context(stack, listeners, policy, enclosing, shared, shared.beginNested());
    }

    /** This context's session; a nested context's is the enclosing context's. */
    public Session session() {
        return session;
    }

    /** The policy this context applies when it ends. */
    public Teardown policy() {
        return policy;
    }

    /** Whether this context shares an enclosing context's session inside a savepoint. */
    public boolean nested() {
        return savepoints != null;
    }

    /** Marks the unit of work as failed, so that teardown treats it as a block that threw {@code cause}. */
    public void fail(Throwable cause) {
        failure = cause == null ? new IllegalStateException("context marked as failed") : cause;
    }

    /** Whether {@link #fail(Throwable)} was called. */
    public boolean failed() {
        return failure != null;
    }

    Context enclosing() {
        return enclosing;
    }

    /**
     * Returns a task that runs {@code task} on whichever thread executes it, with this context as that thread's
     * current context, so the DAOs it calls join this context's session. A session belongs to one thread at a
     * time: while the task runs, the session is the task's, and the thread that opened the context, or a second
     * wrapped task, is refused if it uses it. The context must stay open until the task has finished.
     */
    public Runnable wrap(Runnable task) {
        return () -> {
            Thread previous = session.borrow();
            Context replaced = stack.enter(this);
            try {
                task.run();
            } finally {
                leave(replaced, previous);
            }
        };
    }

    /** Like {@link #wrap(Runnable)}, for a task with a result. */
    public <T> Callable<T> wrap(Callable<T> task) {
        return () -> {
            Thread previous = session.borrow();
            Context replaced = stack.enter(this);
            try {
                return task.call();
            } finally {
                leave(replaced, previous);
            }
        };
    }

    private void leave(Context replaced, Thread previous) {
        try {
            stack.leave(this, replaced);
        } finally {
            session.giveBack(previous);
        }
    }

    /**
     * Ends the context: applies the teardown policy — at its savepoint when nested, to its transactions otherwise —
     * gives the connections back, makes the enclosing context current again, and then, after a commit, tells the
     * commit listeners. A listener that writes through a DAO therefore writes in the enclosing context, if any, or
     * is told that no context is open; to write after the commit, a listener opens a context of its own.
     *
     * @throws CommitFailedException    when the commit failed, saying which databases committed
     * @throws CommitListenerException  when a commit listener failed; the work is committed
     * @throws IllegalStateException    when called on another thread than the one that opened this context, while a
     *                                  context opened inside it is still open, or while a wrapped task still uses
     *                                  its session; the context then stays open
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw closedOnAnotherThread();
        }
        stack.checkInnermost(this);
        Thread borrower = session.lentTo();
        if (borrower != null && borrower != owner) {
            throw new IllegalStateException("Cannot end this context while a task passed through ctx.wrap(...) is "
                    + "still using its session on thread \"" + borrower.getName() + "\"; wait for the task first");
        }
        closed = true;
        boolean commits = policy.commits(failure != null);
        List<ModelChange> committed = null;
        try {
            if (savepoints != null) {
                session.endNested(savepoints, commits);
            } else {
                committed = session.end(commits);
            }
        } finally {
            stack.pop(this);
        }
        if (committed != null) {
            listeners.committed(committed);
        }
    }

    /**
     * Ends this context and every context opened inside it on this thread and not yet ended, rolling back their
     * work whatever their policies, gives their connections back, and makes the context this one was opened in
     * current again. For framework integrations, which must leave a pooled thread clean even when application code
     * left a context open: {@link #close()} refuses to end a context while one opened inside it is open. If a task
     * passed through {@link #wrap} still uses the session, the session is ended when that task finishes.
     *
     * @throws IllegalStateException when called on another thread than the one that opened this context, or when
     *                               this context is not open on this thread
     */
    public void abort() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw closedOnAnotherThread();
        }
        List<Context> opened = stack.openedSince(this);
        RuntimeException failure = null;
        for (Context context : opened) {
            failure = context.abortOne(failure);
        }
        stack.pop(this);
        if (failure != null) {
            throw failure;
        }
    }

    /** Whether the context has not ended yet. */
    boolean isOpen() {
        return !closed;
    }

    /** Ends this one context by rolling back, whatever its policy; returns {@code failure} with any new one added. */
    private RuntimeException abortOne(RuntimeException failure) {
        closed = true;
        try {
            if (savepoints != null) {
                session.endNested(savepoints, false);
            } else {
                session.abandon();
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
        }
        return failure;
    }

    private IllegalStateException closedOnAnotherThread() {
        return new IllegalStateException("A context must be closed on the thread that opened it (" + owner
                + "), not on " + Thread.currentThread());
    }
}

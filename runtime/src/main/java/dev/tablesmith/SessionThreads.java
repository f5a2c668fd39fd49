package dev.tablesmith;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Which thread may use a {@link Session}, and which one is using it now. A session belongs to the thread of the
 * context that opened it ({@link #home}), or, while a task passed through {@link Context#wrap} runs, to that task's
 * thread; an operation claims the session for its duration, so that two operations never overlap on one
 * connection. Every refusal is an {@link IllegalStateException} raised before anything reaches the connection, and
 * says which thread holds the session (see {@link SessionErrors}).
 *
 * <p>Kept apart from the session so that the rules about threads can be read, and changed, in one place; the
 * checks are a volatile read and one compare-and-set per operation.
 */
final class SessionThreads {
    private static final VarHandle HOLDER;
    private static final VarHandle USER;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HOLDER = lookup.findVarHandle(SessionThreads.class, "holder", Thread.class);
            USER = lookup.findVarHandle(SessionThreads.class, "user", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Stands in {@link #user} while commit listeners run, so that every operation they start is refused. */
    private static final Thread LISTENERS = new Thread("tablesmith-commit-listeners");

    /** The thread whose context owns the session. */
    private final Thread home = Thread.currentThread();
    /** The thread allowed to use the session now: {@link #home}, or a wrapped task's thread. */
    private volatile Thread holder = home;
    /** The thread running an operation on the session now; null between operations. */
    private volatile Thread user;
    private volatile boolean ended;
    private boolean announcing;

    /**
     * Starts an operation on this thread: refuses a thread that does not hold the session and an operation that
     * would overlap another one's. Returns whether this call claimed the session, in which case the caller must
     * {@link #release} when the operation ends; an operation started inside another on the same thread (a DAO call
     * while a cursor is open) claims nothing.
     */
    boolean claim() {
        Thread current = Thread.currentThread();
        if (holder != current) {
            throw refusal(current);
        }
        Thread running = user;
        if (running == null && USER.compareAndSet(this, null, current)) {
            return true;
        }
        if (running != current) {
            throw refusal(current);
        }
        return false;
    }

    /** Ends an operation that {@link #claim} claimed. */
    void release() {
        USER.setRelease(this, null);
    }

    /** Refuses the current thread unless it holds the session and no other thread runs an operation on it. */
    void checkUsable() {
        Thread current = Thread.currentThread();
        Thread running = user;
        if (ended || holder != current || announcing || (running != null && running != current)) {
            throw refusal(current);
        }
    }

    /**
     * Lets the current thread use the session for a wrapped task; returns the holder to give it back to.
     *
     * @throws IllegalStateException when another wrapped task holds it already, or the session has ended
     */
    Thread lend() {
        Thread current = Thread.currentThread();
        Thread previous = holder;
        if (previous == current) {
            return previous;
        }
        if (ended) {
            throw SessionErrors.ended();
        }
        if (previous != home || !HOLDER.compareAndSet(this, home, current)) {
            throw SessionErrors.secondTask(holder, current);
        }
        return previous;
    }

    /** Ends a wrapped task's turn: {@code previous} (from {@link #lend}) holds the session again. */
    void takeBack(Thread previous) {
        holder = previous;
    }

    /** The thread of a wrapped task that holds the session now, or null when its home thread holds it. */
    Thread lentTo() {
        Thread current = holder;
        return current == home ? null : current;
    }

    boolean ended() {
        return ended;
    }

    /** From now on every operation is refused as one on an ended session. */
    void markEnded() {
        ended = true;
    }

    /** Runs {@code announcement} (the commit listeners) with every operation on the session refused. */
    void refusingAll(Runnable announcement) {
        announcing = true;
        user = LISTENERS;
        try {
            announcement.run();
        } finally {
            user = null;
            announcing = false;
        }
    }

    private IllegalStateException refusal(Thread current) {
        if (ended) {
            return SessionErrors.ended();
        }
        if (announcing) {
            return SessionErrors.listenersRefused();
        }
        Thread allowed = holder;
        return allowed != current ? SessionErrors.wrongThread(home, allowed, current)
                : SessionErrors.busy(user, current);
    }
}

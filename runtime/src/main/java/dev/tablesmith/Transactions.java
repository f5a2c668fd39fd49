package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a session's transactions begin and end: one per database it touches. A transaction begins when the session
 * first needs that database ({@link #begin}), and all of them end together ({@link #commitAll},
 * {@link #rollbackAll}, {@link #release}). Nested contexts mark savepoints on them ({@link #beginNested}).
 *
 * <p>It also keeps what the rules for recovering a dead connection need to know about the current transactions:
 * how many operations ran, and whether code was handed a connection directly.
 */
final class Transactions {
    /** How often a session replaces a connection found dead before its first statement. */
    static final int MAX_RECONNECTS = 2;

    private final Binds binds;
    /** Where transactions begin and how they commit, when the database has read replicas; null otherwise. */
    private final SessionRoute route;
    /** The transactions of the context this session's context was opened in, on the same thread, if any. */
    private final Transactions enclosing;
    // Most contexts touch one database: the first transaction lives in a field, a list only holds further ones.
    BindTransaction first;
    /** Transactions begun after the first, in the order they began (the order of commits). */
    private List<BindTransaction> more;
    /** The savepoints of the innermost nested context sharing these transactions, or null. */
    SavepointFrame nested;
    /** Why the transactions can now only be rolled back (a nested context failed to undo its work), or null. */
    private SQLException doomed;
    /** Operations started since the transactions began, for the rule that only a first statement is retried. */
    int operations;
    /** Whether code was handed a connection directly (a connection or a jOOQ DSL) in these transactions. */
    boolean direct;
    /** Whether a connection was handed out whose failed statements Tablesmith cannot see. */
    boolean handedOut;
    private int reconnects;
    private boolean released;

    Transactions(Binds binds, Transactions enclosing, SessionRoute route) {
        this.binds = binds;
        this.enclosing = enclosing;
        this.route = route;
    }

    /** Whether these transactions are read-only: those of a read context. */
    boolean readOnly() {
        return route != null && route.readOnly();
    }

    // ---- Beginning ----

    /** The transaction on {@code bind}, begun now if there is none there yet. */
    BindTransaction on(String bind) {
        BindTransaction existing = find(bind);
        return existing != null ? existing : begin(bind);
    }

    BindTransaction find(String bind) {
        if (first != null && bind.equals(first.name)) {
            return first;
        }
        if (more != null) {
            for (BindTransaction transaction : more) {
                if (transaction.name.equals(bind)) {
                    return transaction;
                }
            }
        }
        return null;
    }

    /**
     * The connection for code that uses it directly, which Tablesmith cannot repeat: a transaction begun for it is
     * checked first, so that a connection that died in the pool is replaced before anything is sent.
     */
    Connection direct(String bind) {
        BindTransaction existing = find(bind);
        direct = true;
        if (existing != null) {
            return existing.connection;
        }
        BindTransaction begun = begin(bind);
        for (int attempt = 0; attempt < MAX_RECONNECTS && nested == null && !isAlive(begun); attempt++) {
            forget(begun);
            discardLost(begun, null);
            begun = begin(bind);
        }
        return begun.connection;
    }

    private static boolean isAlive(BindTransaction transaction) {
        try {
            return transaction.connection.isValid((int) Timeouts.seconds(transaction.bind.timeouts().connect()));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Takes a connection from {@code name}'s pool, bounded by the acquire timeout, and marks every open nested
     * context's savepoint on it. When the connections this thread's enclosing contexts hold are all the pool has,
     * waiting could only end in a timeout, so it fails at once.
     */
    private BindTransaction begin(String name) {
        if (released) {
            throw SessionErrors.ended();
        }
        Bind bind = binds.get(name);
        int held = heldByEnclosing(name);
        if (held > 0 && bind.poolSize() > 0 && held >= bind.poolSize()) {
            throw SessionErrors.waitingForItself(bind);
        }
        BindTransaction transaction;
        try {
            transaction = route == null ? BindTransaction.begin(bind, 1 + MAX_RECONNECTS)
                    : route.begin(bind, 1 + MAX_RECONNECTS);
        } catch (SQLException e) {
            throw SessionErrors.unavailable(bind, held, e);
        }
        try {
            markSavepoints(nested, transaction);
        } catch (SQLException e) {
            transaction.discard();
            throw new TablesmithException("Could not set a savepoint for a nested context on " + bind.describe()
                    + ": " + e.getMessage(), e);
        }
        if (first == null) {
            first = transaction;
        } else {
            if (more == null) {
                more = new ArrayList<>(2);
            }
            more.add(transaction);
        }
        return transaction;
    }

    /** Marks {@code frame}'s savepoint and those of the frames it is nested in, outermost first. */
    private static void markSavepoints(SavepointFrame frame, BindTransaction transaction) throws SQLException {
        if (frame != null) {
            markSavepoints(frame.enclosing, transaction);
            frame.mark(transaction);
        }
    }

    /** How many contexts this thread opened earlier, and has not ended, hold a transaction on {@code bind}. */
    int heldByEnclosing(String bind) {
        int held = 0;
        for (Transactions other = enclosing; other != null; other = other.enclosing) {
            if (other != this && !other.released && other.find(bind) != null) {
                held++;
            }
        }
        return held;
    }

    // ---- Recovering ----

    /**
     * Gives up the connection on {@code bind} after {@code failure}, when that is certain to lose and repeat
     * nothing: the connection was lost, the failed statement was the first of the transactions, and no code was
     * handed a connection. The database rolled back the lost connection's transaction, which held nothing else.
     * Returns whether the caller may run its statement again, on a new connection.
     */
    boolean giveUpLost(String bind, SQLException failure) {
        if (operations != 1 || direct || nested != null || reconnects >= MAX_RECONNECTS
                || SqlErrors.classify(failure) != SqlErrors.Failure.CONNECTION_LOST) {
            return false;
        }
        BindTransaction lost = find(bind);
        if (lost == null) {
            return false;
        }
        reconnects++;
        forget(lost);
        discardLost(lost, failure);
        return true;
    }

    /** Gives up a transaction whose connection is dead; a read context's route then reads elsewhere. */
    private void discardLost(BindTransaction lost, SQLException failure) {
        if (route != null) {
            route.lost(lost, failure);
        }
        lost.discard();
    }

    /**
     * Notes that a statement on {@code bind} failed, where that aborts the transaction (PostgreSQL), so that it is
     * never reported committed: PostgreSQL answers a COMMIT of an aborted transaction by rolling it back, and its
     * driver does not say so. Savepoint rollbacks of nested contexts lift the mark again.
     */
    void statementFailed(String bind, SQLException failure) {
        BindTransaction transaction = find(bind);
        if (transaction != null && transaction.abortedBy == null && transaction.abortsOnFailure()
                && SqlErrors.classify(failure) != SqlErrors.Failure.CONNECTION_LOST) {
            transaction.abortedBy = failure;
        }
    }

    private void forget(BindTransaction transaction) {
        if (transaction == first) {
            first = more == null || more.isEmpty() ? null : more.remove(0);
        } else if (more != null) {
            more.remove(transaction);
        }
    }

    // ---- Nested contexts ----

    /** A savepoint on every transaction begun so far; later ones get theirs as they begin. */
    SavepointFrame beginNested(int changesMark) {
        SavepointFrame frame = new SavepointFrame(nested, changesMark);
        try {
            for (BindTransaction transaction : all()) {
                frame.mark(transaction);
            }
        } catch (SQLException e) {
            throw new TablesmithException("Could not set a savepoint for a nested context: " + e.getMessage(), e);
        }
        nested = frame;
        return frame;
    }

    /** Keeps the nested context's work: releases its savepoints. */
    void releaseNested(SavepointFrame frame) throws SQLException {
        popNested(frame);
        frame.release();
    }

    /**
     * Undoes the nested context's work by rolling back to its savepoints; when even that fails, the transactions
     * are doomed: they will roll back instead of committing.
     */
    void rollbackNested(SavepointFrame frame, SQLException cause) {
        if (nested == frame) {
            popNested(frame);
        }
        try {
            frame.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                e.addSuppressed(cause);
            }
            doomed = e;
            throw new TablesmithException("Could not roll back a nested context's work to its savepoint ("
                    + e.getMessage() + "); the enclosing transaction will be rolled back when it ends", e);
        }
    }

    private void popNested(SavepointFrame frame) {
        if (nested != frame) {
            throw ContextStack.outOfOrder();
        }
        nested = frame.enclosing;
    }

    // ---- Ending ----

    /**
     * Commits every transaction, in the order they began. A database that refuses ends the round: the ones after
     * it are rolled back, the ones before it stay committed, and the exception says which is which.
     *
     * @throws CommitFailedException when a commit failed, or a transaction could not be committed at all
     */
    void commitAll() {
        List<BindTransaction> all = all();
        refuseAborted(all);
        if (doomed != null) {
            rollbackQuietly(all, 0, null);
            ended();
            throw new CommitFailedException("Nothing was committed: a nested context could not roll back its work "
                    + "to its savepoint (" + doomed.getMessage() + "), so the whole transaction was rolled back",
                    List.of(), names(all, 0, all.size()), List.of(), doomed);
        }
        for (int i = 0; i < all.size(); i++) {
            try {
                if (route == null) {
                    all.get(i).commit();
                } else {
                    route.commit(all.get(i));
                }
            } catch (SQLException e) {
                boolean lost = SqlErrors.classify(e) == SqlErrors.Failure.CONNECTION_LOST;
                List<String> rolledBack = new ArrayList<>(names(all, lost ? i + 1 : i, all.size()));
                rollbackQuietly(all, lost ? i + 1 : i, e);
                ended();
                throw SessionErrors.commitFailed(all.get(i).bind, names(all, 0, i), rolledBack,
                        lost ? List.of(all.get(i).name) : List.of(), e);
            }
        }
        ended();
    }

    /**
     * Refuses to commit when a transaction was aborted by a failed statement whose exception the code caught: on
     * PostgreSQL the COMMIT would silently roll everything back. Nothing is committed anywhere then.
     */
    private void refuseAborted(List<BindTransaction> all) {
        for (BindTransaction transaction : all) {
            if (handedOut) {
                transaction.checkNotAborted();
            }
            if (transaction.abortedBy != null) {
                SQLException cause = transaction.abortedBy;
                rollbackQuietly(all, 0, null);
                ended();
                throw SessionErrors.aborted(transaction.bind, cause, names(all, 0, all.size()));
            }
        }
    }

    /**
     * Rolls every transaction back.
     *
     * @throws TablesmithException when a rollback failed
     */
    void rollbackAll() {
        SQLException failure = rollbackQuietly(all(), 0, null);
        ended();
        if (failure != null && readOnly()) {
            // A read context's work is done once its reads returned, and a read-only transaction holds nothing to
            // lose: a replica that went away meanwhile (its connection is dropped from the pool) must not turn
            // the answers the caller already has into a failure.
            Replica.LOGGER.debug("Ending a read-only transaction failed; its reads stand", failure);
            return;
        }
        if (failure != null) {
            throw new TablesmithException("Rollback failed: " + failure.getMessage(), failure);
        }
    }

    /** Rolls every transaction back, adding any failure to {@code cause}. */
    void rollbackAll(RuntimeException cause) {
        SQLException failure = rollbackQuietly(all(), 0, null);
        ended();
        if (failure != null) {
            cause.addSuppressed(failure);
        }
    }

    /** The transactions ended: the next statement begins new ones, and the counts start afresh. */
    private void ended() {
        operations = 0;
        direct = false;
        handedOut = false;
    }

    /**
     * Rolls back the transactions from index {@code from} on; returns the first failure, with later ones
     * suppressed in it (or in {@code cause}, when given).
     */
    private static SQLException rollbackQuietly(List<BindTransaction> all, int from, SQLException cause) {
        SQLException failure = null;
        for (int i = from; i < all.size(); i++) {
            try {
                all.get(i).rollback();
            } catch (SQLException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                } else if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }

    /** Gives every connection back to its pool; the transactions are committed or rolled back already. */
    void release(RuntimeException failure) {
        released = true;
        for (BindTransaction transaction : all()) {
            try {
                transaction.close();
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
        first = null;
        more = null;
    }

    /** The names of all binds with a transaction, in the order they began. */
    List<String> names() {
        List<BindTransaction> all = all();
        return names(all, 0, all.size());
    }

    private static List<String> names(List<BindTransaction> all, int from, int to) {
        List<String> names = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            names.add(all.get(i).name);
        }
        return names;
    }

    private List<BindTransaction> all() {
        if (first == null) {
            return List.of();
        }
        if (more == null || more.isEmpty()) {
            return List.of(first);
        }
        List<BindTransaction> all = new ArrayList<>(1 + more.size());
        all.add(first);
        all.addAll(more);
        return all;
    }
}

package dev.tablesmith;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of a session's failures to get a connection and to commit, built out of line so the methods on the
 * hot path stay small. Each says what was waited on or attempted, the root cause, and what to do.
 */
final class SessionErrors {
    private SessionErrors() {
    }

    /** What to do about a context that waits on its own thread's enclosing contexts. */
    static String joinAdvice() {
        return "Use db.inContext(...) to join the enclosing context's transaction (inside a savepoint), end the "
                + "enclosing context first, or give the pool more connections (poolSize)";
    }

    static IllegalStateException ended() {
        return new IllegalStateException("This session's context has ended; open a new context with "
                + "db.inContext(...) and use db.session() inside it");
    }

    static IllegalStateException listenersRefused() {
        return new IllegalStateException("Commit listeners run after the commit: the session that committed takes no "
                + "more work from them. To write from a listener, open a context of its own: db.inNewContext(() -> ...)");
    }

    /** {@code current} may not use a session that {@code allowed} holds, and whose context {@code home} opened. */
    static IllegalStateException wrongThread(Thread home, Thread allowed, Thread current) {
        if (allowed == home) {
            return new IllegalStateException("This session belongs to the context opened on thread \""
                    + home.getName() + "\" and cannot be used from thread \"" + current.getName() + "\". To run work "
                    + "of that context on another thread, pass the task through ctx.wrap(...); for independent work, "
                    + "open a context on this thread with db.inContext(...)");
        }
        return new IllegalStateException("A task passed through ctx.wrap(...) is using this session on thread \""
                + allowed.getName() + "\"; a session belongs to one thread at a time, so thread \"" + current.getName()
                + "\" must wait until that task has ended");
    }

    static IllegalStateException busy(Thread running, Thread current) {
        return new IllegalStateException("This session is running an operation on thread \""
                + (running == null ? "?" : running.getName()) + "\" and cannot start another on thread \""
                + current.getName() + "\": a session belongs to one thread at a time");
    }

    static IllegalStateException secondTask(Thread holder, Thread current) {
        return new IllegalStateException("This context's session is in use by a task passed through ctx.wrap(...) "
                + "on thread \"" + holder.getName() + "\"; a session belongs to one thread at a time, so a second "
                + "task on thread \"" + current.getName() + "\" cannot join it until that one ends");
    }

    static IllegalStateException nested(String operation) {
        return new IllegalStateException(operation + " is not allowed inside a nested context: it shares the "
                + "enclosing context's transaction, which only the outermost context commits or rolls back. To undo "
                + "the nested context's work, let its block throw or open it with Teardown.ROLLBACK; for a "
                + "transaction of its own, open it with db.inNewContext(...)");
    }

    /** The connections this thread's enclosing contexts hold are all that {@code bind}'s pool has. */
    static ConnectionUnavailableException waitingForItself(Bind bind) {
        return new ConnectionUnavailableException("Cannot get a connection to " + bind.describe() + ": all "
                + bind.poolSize() + " connection(s) of its pool are held by contexts this thread opened earlier and "
                + "has not ended, so waiting would only wait for itself. " + joinAdvice(), null);
    }

    /** A failed statement aborted the transaction on {@code bind}, and the code went on to commit it. */
    static CommitFailedException aborted(Bind bind, SQLException cause, List<String> rolledBack) {
        return new CommitFailedException("Nothing was committed: " + bind.describe() + " had aborted the "
                + "transaction when a statement in it failed (" + cause.getMessage() + "), and the code went on after "
                + "catching that failure; PostgreSQL then rolls back instead of committing. Let the failure end the "
                + "context, or run the statement that may fail in a nested context (db.inContext(...)) whose "
                + "savepoint undoes it", List.of(), rolledBack, List.of(), cause);
    }

    /** The pool gave no connection within the acquire timeout, or the database refused to open one. */
    static ConnectionUnavailableException unavailable(Bind bind, int heldOnThisThread, SQLException e) {
        StringBuilder message = new StringBuilder("Could not get a connection to ").append(bind.describe())
                .append(" within the acquire timeout of ").append(Timeouts.describe(bind.timeouts().acquire()));
        Throwable root = rootCause(e);
        if (root != e) {
            message.append(": the database refused new connections: ").append(root.getMessage());
        } else {
            message.append(": ").append(e.getMessage());
            if (bind.poolSize() > 0) {
                message.append(". All ").append(bind.poolSize()).append(" connection(s) of its pool stayed in use");
            }
        }
        if (heldOnThisThread > 0) {
            message.append(". ").append(heldOnThisThread).append(" of them belong to contexts this thread opened "
                    + "earlier and has not ended, so this context may be waiting for itself. ").append(joinAdvice());
        } else if (root == e && bind.poolSize() > 0) {
            message.append("; raise poolSize, or keep contexts shorter");
        }
        return new ConnectionUnavailableException(message.toString(), e);
    }

    /**
     * A commit failed on {@code failed}: {@code committed} binds committed before it, {@code rolledBack} were rolled
     * back, and {@code unknown} lost their connection while committing.
     */
    static CommitFailedException commitFailed(Bind failed, List<String> committed, List<String> rolledBack,
            List<String> unknown, SQLException e) {
        StringBuilder message = new StringBuilder("Commit failed on ").append(failed.describe()).append(": ")
                .append(e.getMessage()).append(". ");
        if (committed.isEmpty() && unknown.isEmpty()) {
            message.append("Nothing was committed: the work was rolled back on ").append(describe(rolledBack));
        } else {
            if (!committed.isEmpty()) {
                message.append("The work on ").append(describe(committed)).append(" IS committed (databases commit "
                        + "one after the other, without two-phase commit). ");
            }
            if (!unknown.isEmpty()) {
                message.append("The connection to ").append(describe(unknown)).append(" was lost during its commit, "
                        + "so whether it committed is unknown: check before repeating the work. ");
            }
            if (!rolledBack.isEmpty()) {
                message.append("The work on ").append(describe(rolledBack)).append(" was rolled back.");
            }
        }
        return new CommitFailedException(message.toString().strip(), committed, rolledBack, unknown, e);
    }

    private static String describe(List<String> binds) {
        List<String> names = new ArrayList<>(binds.size());
        for (String bind : binds) {
            names.add(Bind.describe(bind));
        }
        return String.join(", ", names);
    }

    /** The deepest cause of {@code e}: the database's own reason behind a pool's timeout. */
    static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

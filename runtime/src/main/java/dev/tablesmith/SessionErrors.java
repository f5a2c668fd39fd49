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

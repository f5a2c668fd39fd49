package dev.tablesmith;

import java.util.List;

/**
 * A context's transaction could not be committed on every database it touched. Tablesmith commits the databases of
 * a context (the default one and any binds) one after the other, without two-phase commit, so a commit that fails
 * on a later database can leave an earlier one committed. This exception says exactly what happened on each: the
 * binds whose work is committed, the binds whose work was rolled back, and the binds for which the outcome is
 * unknown because the connection was lost while the commit was under way. The bind names are those of
 * {@link Database#engines()}; the default database is {@link Database#DEFAULT_BIND} ({@code ""}).
 */
public class CommitFailedException extends TablesmithException {
    private static final long serialVersionUID = 1L;
    private final List<String> committed;
    private final List<String> rolledBack;
    private final List<String> unknown;

    public CommitFailedException(String message, List<String> committed, List<String> rolledBack,
            List<String> unknown, Throwable cause) {
        super(message, cause);
        this.committed = List.copyOf(committed);
        this.rolledBack = List.copyOf(rolledBack);
        this.unknown = List.copyOf(unknown);
    }

    /** The binds whose work is committed despite the failure; empty when nothing was committed. */
    public List<String> committedBinds() {
        return committed;
    }

    /** The binds whose work was rolled back. */
    public List<String> rolledBackBinds() {
        return rolledBack;
    }

    /**
     * The binds whose commit was sent but whose answer never came (the connection was lost): the database may or
     * may not have committed. Empty unless a connection broke during the commit.
     */
    public List<String> unknownBinds() {
        return unknown;
    }

    /** Whether any of the work is known to be committed. */
    public boolean partlyCommitted() {
        return !committed.isEmpty();
    }
}

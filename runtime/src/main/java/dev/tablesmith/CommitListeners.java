package dev.tablesmith;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners told what a transaction wrote: before it commits (Flask-SQLAlchemy's
 * {@code before_models_committed}), and once it has committed ({@code models_committed}). After a commit every
 * listener runs, whatever the others do; failures are gathered into one {@link CommitListenerException} that says the
 * work is committed, so that a caller never mistakes a listener's failure for a failed transaction and repeats
 * committed work.
 */
final class CommitListeners {
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CommitListener> beforeCommit = new CopyOnWriteArrayList<>();

    void add(CommitListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void addBeforeCommit(CommitListener listener) {
        beforeCommit.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Whether sessions must note what they write, for some listener to hear. */
    boolean tracksChanges() {
        return !listeners.isEmpty() || !beforeCommit.isEmpty();
    }

    boolean hasBeforeCommit() {
        return !beforeCommit.isEmpty();
    }

    /** Tells the before-commit listeners, in order; the first that throws stops the commit. */
    void beforeCommit(List<ModelChange> changes) {
        for (CommitListener listener : beforeCommit) {
            listener.committed(changes);
        }
    }

    /**
     * Tells every listener about {@code changes}, which are committed.
     *
     * @throws CommitListenerException when any listener threw; the others still ran
     */
    void committed(List<ModelChange> changes) {
        if (changes == null || changes.isEmpty() || listeners.isEmpty()) {
            return;
        }
        RuntimeException failure = null;
        int failed = 0;
        for (CommitListener listener : listeners) {
            try {
                listener.committed(changes);
            } catch (RuntimeException | Error e) {
                failed++;
                if (failure == null) {
                    failure = new CommitListenerException("The transaction was committed (" + changes.size()
                            + " change" + (changes.size() == 1 ? "" : "s") + "), but a commit listener failed; the "
                            + "work is committed and must not be repeated. First failure: " + e, e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            if (failed > 1) {
                failure.addSuppressed(new TablesmithException(failed + " of " + listeners.size()
                        + " commit listeners failed; the others are suppressed in this exception"));
            }
            throw failure;
        }
    }
}

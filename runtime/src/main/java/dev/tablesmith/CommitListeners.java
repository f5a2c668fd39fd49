package dev.tablesmith;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners told what a transaction wrote once it has committed. Every listener runs, whatever the others do;
 * failures are gathered into one {@link CommitListenerException} that says the work is committed, so that a caller
 * never mistakes a listener's failure for a failed transaction and repeats committed work.
 */
final class CommitListeners {
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();

    void add(CommitListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    /**
     * Tells every listener about {@code changes}, which are committed.
     *
     * @throws CommitListenerException when any listener threw; the others still ran
     */
    void committed(List<ModelChange> changes) {
        if (changes == null || changes.isEmpty()) {
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

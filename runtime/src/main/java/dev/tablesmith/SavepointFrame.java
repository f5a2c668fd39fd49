package dev.tablesmith;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The savepoints of a context nested in another: it joined the enclosing context's session, and its work can be
 * kept (the savepoints released) or undone (rolled back to them) without ending the enclosing transaction, as
 * SQLAlchemy's {@code begin_nested()} does. There is one savepoint per database of the session: those open when the
 * nested context began get one then; a database first touched inside it gets one as its transaction begins, which
 * marks the same point, an empty transaction.
 */
final class SavepointFrame {
    /** The frame of the context this one is nested in, if that one is nested too. */
    final SavepointFrame enclosing;
    /** How many commit-listener changes the session had when the frame began; undoing it forgets later ones. */
    final int changesMark;
    private final List<BindTransaction> transactions = new ArrayList<>(2);
    private final List<Savepoint> savepoints = new ArrayList<>(2);
    /** Each transaction's {@link BindTransaction#abortedBy} when the savepoint was set, restored by a rollback. */
    private final List<SQLException> abortedBefore = new ArrayList<>(2);

    SavepointFrame(SavepointFrame enclosing, int changesMark) {
        this.enclosing = enclosing;
        this.changesMark = changesMark;
    }

    /** Sets this frame's savepoint on {@code transaction}. */
    void mark(BindTransaction transaction) throws SQLException {
        savepoints.add(transaction.setSavepoint());
        transactions.add(transaction);
        abortedBefore.add(transaction.abortedBy);
    }

    /** Keeps the frame's work as part of the enclosing transaction. */
    void release() throws SQLException {
        for (int i = transactions.size() - 1; i >= 0; i--) {
            transactions.get(i).release(savepoints.get(i));
        }
    }

    /** Undoes the frame's work on every database; the enclosing transaction goes on. */
    void rollback() throws SQLException {
        SQLException failure = null;
        for (int i = transactions.size() - 1; i >= 0; i--) {
            try {
                transactions.get(i).rollbackTo(savepoints.get(i));
                transactions.get(i).abortedBy = abortedBefore.get(i);
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        for (int i = transactions.size() - 1; i >= 0; i--) {
            try {
                transactions.get(i).release(savepoints.get(i));
            } catch (SQLException e) {
                // Rolled back already; a savepoint left behind ends with the transaction.
            }
        }
    }
}

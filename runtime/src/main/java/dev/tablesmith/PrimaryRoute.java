package dev.tablesmith;

import java.sql.SQLException;

/**
 * The route of an ordinary context of a database with replicas: its transactions run on the primaries as usual,
 * and each commit on a bind with commit positions reads its position in the same round trip, for the reads that
 * must see it ({@link Database#commitPosition()}).
 */
final class PrimaryRoute implements SessionRoute {
    private final Replicas replicas;

    PrimaryRoute(Replicas replicas) {
        this.replicas = replicas;
    }

    @Override
    public BindTransaction begin(Bind bind, int attempts) throws SQLException {
        return BindTransaction.begin(bind, attempts, false);
    }

    @Override
    public void commit(BindTransaction transaction) throws SQLException {
        if (replicas.positioned(transaction.name)) {
            replicas.committed(transaction.name, transaction.commitReturningPosition());
        } else {
            transaction.commit();
        }
    }

    @Override
    public void lost(BindTransaction transaction, SQLException failure) {
        // A primary's lost connection is handled as without replicas.
    }

    @Override
    public boolean readOnly() {
        return false;
    }
}

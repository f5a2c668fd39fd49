package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The route of a read context ({@link Database#inReadContext}): each transaction begins, read-only, on a usable
 * replica of its bind, and otherwise on the primary.
 *
 * <p>A replica is usable when it answers and lags no more than the limit. When the context carries a commit
 * position for the bind, the replica must also have replayed that far: a replica known to have done so is taken
 * at once; otherwise the read asks a replica for its replay position, again and again with growing pauses, until it
 * has or the wait timeout has passed (one bound for all replicas of the read), and then reads on the primary. The
 * position is asked for before the transaction begins, so every statement of the transaction sees the commit. A
 * replica that fails to give a connection or to answer is marked down, and the read goes on to the next replica or
 * the primary; nothing was read from it, so nothing can be lost or repeated.
 */
final class ReadRoute implements SessionRoute {
    /** The first pause between two questions for a replica's position, and the longest. */
    private static final long FIRST_PAUSE_NANOS = 200_000;
    private static final long LONGEST_PAUSE_NANOS = 10_000_000;

    private final Replicas replicas;
    private final CommitPosition position;

    ReadRoute(Replicas replicas, CommitPosition position) {
        this.replicas = replicas;
        this.position = position;
    }

    @Override
    public BindTransaction begin(Bind bind, int attempts) throws SQLException {
        List<Replica> candidates = replicas.of(bind.name());
        if (!candidates.isEmpty()) {
            // A position means something only where commits record one (PostgreSQL).
            long target = replicas.positioned(bind.name()) ? position.in(bind.name()) : 0;
            BindTransaction onReplica = onReplica(candidates, target);
            if (onReplica != null) {
                return onReplica;
            }
            if (Replica.LOGGER.isDebugEnabled()) {
                Replica.LOGGER.debug("A read of {} runs on the primary: no replica could serve it{}; replicas: {}",
                        bind.describe(), target == 0 ? "" : " at position " + CommitPosition.formatLsn(target),
                        replicas.status());
            }
        }
        return BindTransaction.begin(bind, attempts, true);
    }

    /** A transaction on the first replica that can serve this read, taking turns among them; null when none can. */
    private BindTransaction onReplica(List<Replica> candidates, long target) {
        int count = candidates.size();
        int first = count == 1 ? 0 : Math.floorMod(replicas.nextTurn(), count);
        long maxLag = replicas.settings().maxLag().toNanos();
        // First the replicas known to have replayed the position (all of them, when there is none): no waiting.
        for (int i = 0; i < count; i++) {
            Replica replica = candidates.get((first + i) % count);
            if (replica.usable(maxLag) && replica.hasReplayed(target)) {
                BindTransaction begun = begin(replica, 0, 0);
                if (begun != null) {
                    return begun;
                }
            }
        }
        if (target == 0) {
            return null;
        }
        long deadline = System.nanoTime() + replicas.settings().waitTimeout().toNanos();
        for (int i = 0; i < count && System.nanoTime() - deadline < 0; i++) {
            Replica replica = candidates.get((first + i) % count);
            if (replica.usable(maxLag) && !replica.hasReplayed(target)) {
                BindTransaction begun = begin(replica, target, deadline);
                if (begun != null) {
                    return begun;
                }
            }
        }
        return null;
    }

    /**
     * A read-only transaction on {@code replica}, once it has replayed {@code target} (unless 0), waiting until
     * {@code deadline} at most; null when it cannot serve the read.
     */
    private static BindTransaction begin(Replica replica, long target, long deadline) {
        Connection connection;
        try {
            connection = replica.connection();
        } catch (SQLException e) {
            replica.unavailable(e);
            return null;
        }
        try {
            if (target != 0 && !caughtUp(connection, replica, target, deadline)) {
                connection.close();
                return null;
            }
            connection.setAutoCommit(false);
            replica.reads.increment();
            return BindTransaction.on(replica.pool, connection);
        } catch (SQLException e) {
            if (SqlErrors.classify(e) == SqlErrors.Failure.CONNECTION_LOST) {
                replica.down(Replica.reason(e));
                replica.pool.discard(connection);
            } else {
                closeQuietly(connection);
            }
            return null;
        }
    }

    /** Asks the replica for its replay position until it reaches {@code target}; false when the deadline passes. */
    private static boolean caughtUp(Connection connection, Replica replica, long target, long deadline)
            throws SQLException {
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            long replayed = ReplicationProbe.POSTGRES.replayed(connection);
            replica.replayed(replayed);
            if (Long.compareUnsigned(replayed, target) >= 0) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Given back or gone: the read goes elsewhere either way.
        }
    }

    @Override
    public void commit(BindTransaction transaction) throws SQLException {
        transaction.commit();
    }

    @Override
    public void lost(BindTransaction transaction, SQLException failure) {
        for (Replica replica : replicas.of(transaction.name)) {
            if (replica.pool == transaction.bind) {
                replica.down("its connection was lost during a read"
                        + (failure == null ? "" : ": " + Replica.reason(failure)));
            }
        }
    }

    @Override
    public boolean readOnly() {
        return true;
    }
}

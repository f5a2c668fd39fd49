package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Checks every replica at a fixed interval, on one daemon thread: whether it answers, and how far behind its
 * primary it is. Lag is measured by replication position, not by clocks: each round samples the primary's log
 * position, and a replica's lag is the age of the oldest sample it has not replayed yet (zero when it has replayed
 * them all, however long ago the primary last wrote). MariaDB/MySQL replicas report their lag themselves. Every
 * check is bounded by {@link ReplicaSettings#ANSWER_LIMIT}, so one dead replica cannot hold up the others' checks
 * for long.
 */
final class ReplicaMonitor implements Runnable {
    private static final Executor DIRECT = Runnable::run;

    private final Binds binds;
    private final Map<String, List<Replica>> replicas;
    private final ReplicaSettings settings;
    /** Per bind, the primary's log positions as {time in nanoseconds, position}, oldest first; this thread's only. */
    private final Map<String, ArrayDeque<long[]>> samples = new HashMap<>();
    /** Set when the database closes: a check cut short by that says nothing about the replica. */
    private volatile boolean closed;

    ReplicaMonitor(Binds binds, Map<String, List<Replica>> replicas, ReplicaSettings settings) {
        this.binds = binds;
        this.replicas = replicas;
        this.settings = settings;
    }

    /**
     * The first round, run while the database is built: like {@link #run()}, but a replica that answers and has not
     * yet replayed the primary's position of that moment is asked again, until it has or
     * {@link ReplicaSettings#ANSWER_LIMIT} has passed, so that a replica keeping up takes reads from the start.
     */
    void firstRound() {
        long deadline = System.nanoTime() + ReplicaSettings.ANSWER_LIMIT.toNanos();
        for (var entry : replicas.entrySet()) {
            Bind primary = binds.get(entry.getKey());
            ReplicationProbe probe = ReplicationProbe.of(primary.dialect());
            ArrayDeque<long[]> history = probe.hasPositions() ? sample(primary, probe) : null;
            for (Replica replica : entry.getValue()) {
                while (!check(replica, probe, history) && replica.up() && System.nanoTime() < deadline) {
                    java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
                }
            }
        }
    }

    @Override
    public void run() {
        try {
            for (var entry : replicas.entrySet()) {
                Bind primary = binds.get(entry.getKey());
                ReplicationProbe probe = ReplicationProbe.of(primary.dialect());
                ArrayDeque<long[]> history = probe.hasPositions() ? sample(primary, probe) : null;
                for (Replica replica : entry.getValue()) {
                    check(replica, probe, history);
                }
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: a surprise must not end the checks.
            Replica.LOGGER.warn("Checking the read replicas failed; the next check runs as usual", e);
        }
    }

    /** Stops judging replicas: the database is closing, and checks under way are being cut short. */
    void close() {
        closed = true;
    }

    /** Adds the primary's current position to its history and drops samples too old to matter. */
    private ArrayDeque<long[]> sample(Bind primary, ReplicationProbe probe) {
        ArrayDeque<long[]> history = samples.computeIfAbsent(primary.name(), name -> new ArrayDeque<>());
        try (Connection connection = primary.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            long position = probe.primaryPosition(connection);
            if (!autoCommit) {
                connection.rollback();
            }
            long now = System.nanoTime();
            long[] newest = history.peekLast();
            if (newest == null || newest[1] != position) {
                history.addLast(new long[] {now, position});
            }
        } catch (SQLException e) {
            // The primary's own failures reach its users; lag is judged on the samples so far.
        }
        // Samples older than the lag limit (and two rounds) matter no more, but the newest of them stays: a replica
        // that has replayed it is judged by the samples after it, and one that has not lags beyond the limit. Were it
        // dropped, the first write after a quiet spell would leave a single, fresh sample, which a replica keeping up
        // has not replayed yet, and every replica would look behind it.
        long keep = settings.maxLag().toNanos() + 2 * settings.checkInterval().toNanos();
        long now = System.nanoTime();
        while (history.size() > 1) {
            java.util.Iterator<long[]> oldest = history.iterator();
            oldest.next();
            if (now - oldest.next()[0] <= keep) {
                break;
            }
            history.removeFirst();
        }
        return history;
    }

    /** Checks one replica; returns false when it is down or behind every position the monitor keeps. */
    private boolean check(Replica replica, ReplicationProbe probe, ArrayDeque<long[]> history) {
        try (Connection connection = replica.connection()) {
            connection.setNetworkTimeout(DIRECT, (int) ReplicaSettings.ANSWER_LIMIT.toMillis());
            switch (probe) {
                case POSTGRES -> {
                    long replayed = probe.replayed(connection);
                    replica.replayed(replayed);
                    return checkedLag(replica, history, replayed);
                }
                case MARIADB -> {
                    long seconds = secondsBehind(probe, connection);
                    replica.checked(seconds < 0 ? -1 : seconds * 1_000_000_000L, seconds == -1
                            ? "replication is not running there (Seconds_Behind_Master is NULL)" : null);
                    return true;
                }
                case OTHER -> {
                    if (!connection.isValid((int) Timeouts.seconds(ReplicaSettings.ANSWER_LIMIT))) {
                        throw new SQLException("the connection is not valid");
                    }
                    replica.checked(0, null);
                    return true;
                }
                default -> throw new IllegalStateException(probe.name());
            }
        } catch (SQLException e) {
            if (!closed) {
                replica.down(Replica.reason(e));
            }
            return false;
        }
    }

    /**
     * Judges a PostgreSQL replica's lag from the primary's history. One that has not even replayed the oldest sample
     * kept lags by more than the history can tell: on a history that spans the lag limit that is too much anyway, and
     * on the short history of a database that has just started it is unknown, so it waits until it catches up.
     */
    private static boolean checkedLag(Replica replica, ArrayDeque<long[]> history, long replayed) {
        if (history.isEmpty()) {
            replica.checked(-1, null);
            return true;
        }
        long lag = lag(history, replayed);
        boolean behindAll = Long.compareUnsigned(history.peekFirst()[1], replayed) > 0;
        replica.checked(lag, behindAll ? "lagging at least " + Timeouts.describe(java.time.Duration.ofMillis(
                lag / 1_000_000)) + " behind the primary, since before the oldest position the monitor keeps" : null);
        return !behindAll;
    }

    /** -1 for not running, 0 when not a replica or the monitor may not ask (lag then unknown, counted as none). */
    private static long secondsBehind(ReplicationProbe probe, Connection connection) throws SQLException {
        try {
            return probe.secondsBehind(connection);
        } catch (SQLException e) {
            if (SqlErrors.classify(e) == SqlErrors.Failure.CONNECTION_LOST) {
                throw e;
            }
            return 0;
        }
    }

    /** The age of the oldest primary position that {@code replayed} has not reached; 0 when it reached them all. */
    static long lag(ArrayDeque<long[]> history, long replayed) {
        long now = System.nanoTime();
        for (long[] sample : history) {
            if (Long.compareUnsigned(sample[1], replayed) > 0) {
                return now - sample[0];
            }
        }
        return 0;
    }
}

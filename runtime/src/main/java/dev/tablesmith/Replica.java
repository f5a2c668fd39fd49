package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read replica of one bind: its pool (read-only connections), and what is known of its health, lag and replay
 * position. Reads and the {@link ReplicaMonitor} update it from any thread; a replica found down is skipped until a
 * check finds it answering again.
 */
final class Replica {
    static final Logger LOGGER = LoggerFactory.getLogger("dev.tablesmith.replicas");

    final String bind;
    final String url;
    /** Its pool, as a bind of the same name as the primary's, so transactions on it read like any other. */
    final Bind pool;
    final LongAdder reads = new LongAdder();
    /** The furthest replay position seen (PostgreSQL), compared unsigned; it only moves forward. */
    private final AtomicLong replayed = new AtomicLong();
    private volatile boolean up = true;
    /** Why it is down, or null. */
    private volatile String downReason;
    /** Its lag at the last check, in nanoseconds; -1 when not known. */
    private volatile long lagNanos = -1;
    /** A lag problem the database reported (MariaDB's replication not running), or null. */
    private volatile String lagProblem;

    Replica(String bind, String url, Bind pool) {
        this.bind = bind;
        this.url = url;
        this.pool = pool;
    }

    /** Whether reads may go here: it is up and lags no more than {@code maxLagNanos} (or its lag is not known). */
    boolean usable(long maxLagNanos) {
        return up && lagProblem == null && lagNanos <= maxLagNanos;
    }

    /** Whether it answered its latest check or read. */
    boolean up() {
        return up;
    }

    /** Whether it has replayed at least {@code position} as far as is known (always, for position 0). */
    boolean hasReplayed(long position) {
        return Long.compareUnsigned(replayed.get(), position) >= 0;
    }

    /** Notes a replay position read from the replica. */
    void replayed(long position) {
        replayed.accumulateAndGet(position, (known, seen) -> Long.compareUnsigned(seen, known) > 0 ? seen : known);
    }

    /** A connection from its pool, bounded by {@link ReplicaSettings#ANSWER_LIMIT}. */
    Connection connection() throws SQLException {
        return pool.dataSource().getConnection();
    }

    /**
     * Hears that its pool gave no connection in time ({@code e}): the replica is down when the pool could not connect
     * (it then has no connection at all, or says why), and only busy otherwise.
     */
    void unavailable(SQLException e) {
        boolean none = pool.dataSource() instanceof com.zaxxer.hikari.HikariDataSource hikari
                && hikari.getHikariPoolMXBean() != null && hikari.getHikariPoolMXBean().getTotalConnections() == 0;
        if (none || e.getCause() != null) {
            down(reason(e));
        }
    }

    /** Takes it out of rotation after {@code failure}, and drops its pooled connections, most likely cut too. */
    void down(String reason) {
        if (up) {
            LOGGER.warn("Read replica {} of {} is down, reads go elsewhere until it answers again: {}", url,
                    Bind.describe(bind), reason);
        }
        downReason = reason;
        lagNanos = -1;
        up = false;
        pool.evictIdleConnections();
    }

    /** Records a successful check: it answers, and lags {@code lag} nanoseconds (-1: unknown) or has a problem. */
    void checked(long lag, String problem) {
        lagNanos = lag;
        lagProblem = problem;
        downReason = null;
        if (!up) {
            up = true;
            LOGGER.info("Read replica {} of {} answers again and takes reads", url, Bind.describe(bind));
        }
    }

    ReplicaStatus status(long maxLagNanos) {
        boolean usable = usable(maxLagNanos);
        long lag = lagNanos;
        String problem = null;
        if (!up) {
            problem = "down: " + downReason;
        } else if (lagProblem != null) {
            problem = lagProblem;
        } else if (!usable) {
            problem = "lagging " + Timeouts.describe(Duration.ofMillis(lag / 1_000_000)) + " behind the primary, "
                    + "more than maxReplicaLag (" + Timeouts.describe(Duration.ofNanos(maxLagNanos)) + ")";
        }
        long position = replayed.get();
        return new ReplicaStatus(bind, url, usable, up && lag >= 0 ? Duration.ofNanos(lag) : null,
                position == 0 ? CommitPosition.NONE : CommitPosition.NONE.with(bind, position), problem, reads.sum());
    }

    /**
     * What to tell of {@code e}, a failure to get or use a connection: the database's own reason when there is one
     * (a pool's timeout wraps the connection failure behind it).
     */
    static String reason(SQLException e) {
        Throwable root = SessionErrors.rootCause(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

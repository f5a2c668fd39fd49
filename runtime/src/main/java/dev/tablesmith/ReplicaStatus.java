package dev.tablesmith;

import java.time.Duration;

/**
 * A read replica as its {@link Database} last saw it, from {@link Database#replicas()}: for health endpoints,
 * dashboards and tests.
 *
 * @param bind     the bind it is a replica of; empty for the default database
 * @param url      its JDBC URL
 * @param usable   whether reads go to it now: it answered its last check or read, and lags no more than the
 *                 builder's {@code maxReplicaLag}
 * @param lag      how far behind the primary it was at its last check ({@link Duration#ZERO} when caught up), or
 *                 null when not known (down, or a database that does not say)
 * @param replayed how far it had replayed the primary's commits when last asked; {@link CommitPosition#NONE} where
 *                 the database has no commit positions
 * @param problem  why it is not usable, e.g. {@code "down: Connection refused"} or {@code "lagging 12 s behind the
 *                 primary"}; null when it is
 * @param reads    how many read transactions it has served
 */
public record ReplicaStatus(String bind, String url, boolean usable, Duration lag, CommitPosition replayed,
        String problem, long reads) {
}

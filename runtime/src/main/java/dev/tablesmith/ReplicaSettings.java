package dev.tablesmith;

import java.time.Duration;

/**
 * The bounds of read routing, set with {@link DatabaseBuilder}.
 *
 * @param waitTimeout   how long a read with a commit position waits for replicas to replay it, in all, before it
 *                      reads on the primary
 * @param maxLag        how far behind the primary a replica may be and still serve reads without a position
 * @param checkInterval how often each replica's health and lag are checked
 */
record ReplicaSettings(Duration waitTimeout, Duration maxLag, Duration checkInterval) {
    /** 250 ms of waiting for a commit, 5 s of lag at most, a check every second. */
    static final ReplicaSettings DEFAULTS = new ReplicaSettings(Duration.ofMillis(250), Duration.ofSeconds(5),
            Duration.ofSeconds(1));

    /**
     * The longest a read waits for a replica's connection, and the monitor for a replica's answer, before passing it
     * over: a replica is an optimisation, so a slow one costs little before the read goes elsewhere.
     */
    static final Duration ANSWER_LIMIT = Duration.ofSeconds(1);

    ReplicaSettings {
        positive("replicaWaitTimeout", waitTimeout);
        positive("maxReplicaLag", maxLag);
        positive("replicaCheckInterval", checkInterval);
    }

    ReplicaSettings withWaitTimeout(Duration value) {
        return new ReplicaSettings(value, maxLag, checkInterval);
    }

    ReplicaSettings withMaxLag(Duration value) {
        return new ReplicaSettings(waitTimeout, value, checkInterval);
    }

    ReplicaSettings withCheckInterval(Duration value) {
        return new ReplicaSettings(waitTimeout, maxLag, value);
    }

    private static void positive(String setting, Duration value) {
        java.util.Objects.requireNonNull(value, setting);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationException(setting + " must be positive, was " + value);
        }
    }
}

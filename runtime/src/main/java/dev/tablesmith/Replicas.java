package dev.tablesmith;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.internal.Dialects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The read replicas of a {@link Database}, per bind, with what routing needs: the bounds it keeps
 * ({@link ReplicaSettings}), the {@link ReplicaMonitor} that checks them, and the position of each thread's latest
 * commit for reads that must see it. A database without replicas has {@link #NONE}, which costs its sessions
 * nothing.
 */
final class Replicas implements AutoCloseable {
    static final Replicas NONE = new Replicas(Map.of(), ReplicaSettings.DEFAULTS, Set.of(), null, null);

    private final Map<String, List<Replica>> byBind;
    private final ReplicaSettings settings;
    /** The binds whose commits record their position: those with replicas, on a database that has positions. */
    private final Set<String> positioned;
    private final ScheduledExecutorService monitor;
    private final ReplicaMonitor checks;
    private final ThreadLocal<CommitPosition> lastCommit = new ThreadLocal<>();
    private final AtomicInteger turn = new AtomicInteger();

    private Replicas(Map<String, List<Replica>> byBind, ReplicaSettings settings, Set<String> positioned,
            ScheduledExecutorService monitor, ReplicaMonitor checks) {
        this.byBind = byBind;
        this.settings = settings;
        this.positioned = positioned;
        this.monitor = monitor;
        this.checks = checks;
    }

    /**
     * Opens a pool per replica and starts the monitor, after one round of checks. A replica that cannot be reached
     * does not fail the build, unlike a primary: it is marked down and taken into use once it answers.
     *
     * @param configs   the replicas' settings per bind; one without a user takes its primary's credentials
     * @param primaries the opened binds
     * @param primary   each bind's own settings, for the credentials its replicas inherit
     */
    static Replicas open(Map<String, List<BindConfig>> configs, Binds primaries,
            Function<String, BindConfig> primary, int poolSize, Timeouts timeouts, ReplicaSettings settings) {
        if (configs.isEmpty()) {
            return NONE;
        }
        Map<String, List<Replica>> byBind = new LinkedHashMap<>();
        Set<String> positioned = new java.util.HashSet<>();
        try {
            for (var entry : configs.entrySet()) {
                String bind = entry.getKey();
                if (!primaries.contains(bind)) {
                    throw new ConfigurationException("A replica is configured for " + Bind.describe(bind) + ", which "
                            + "is not: configure the database itself first (url(...) or bind(name, url))");
                }
                Bind of = primaries.get(bind);
                List<Replica> replicas = new ArrayList<>();
                byBind.put(bind, replicas);
                for (BindConfig config : entry.getValue()) {
                    replicas.add(pool(of, credentials(config, primary.apply(bind)), replicas.size() + 1, poolSize,
                            timeouts));
                }
                if (ReplicationProbe.of(of.dialect()).hasPositions()) {
                    requirePositions(of);
                    positioned.add(bind);
                }
            }
        } catch (RuntimeException e) {
            closePools(byBind, e);
            throw e;
        }
        ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tablesmith-replica-monitor");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, List<Replica>> frozen = new LinkedHashMap<>();
        byBind.forEach((bind, list) -> frozen.put(bind, List.copyOf(list)));
        ReplicaMonitor checks = new ReplicaMonitor(primaries, frozen, settings);
        checks.firstRound();
        long interval = settings.checkInterval().toNanos();
        monitor.scheduleWithFixedDelay(checks, interval, interval, TimeUnit.NANOSECONDS);
        return new Replicas(java.util.Collections.unmodifiableMap(frozen), settings, Set.copyOf(positioned), monitor,
                checks);
    }

    /**
     * Checks that the primary has the log positions its commits will read: a database that speaks PostgreSQL's
     * protocol without its write-ahead log (CockroachDB, YugabyteDB) would otherwise commit, and then fail to say
     * where, so that the caller would think the commit had failed.
     */
    private static void requirePositions(Bind primary) {
        try (java.sql.Connection connection = primary.dataSource().getConnection()) {
            ReplicationProbe.POSTGRES.primaryPosition(connection);
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (java.sql.SQLException e) {
            throw new ConfigurationException("Read replicas of " + primary.describe() + " need PostgreSQL's "
                    + "write-ahead log positions (pg_current_wal_insert_lsn()), which it does not give: " + e.getMessage()
                    + ". A PostgreSQL-compatible distributed database routes reads itself; see the README's "
                    + "\"Scaling out\"", e);
        }
    }

    private static BindConfig credentials(BindConfig replica, BindConfig primary) {
        return replica.user() != null || primary == null ? replica
                : new BindConfig(replica.url(), primary.user(), primary.password());
    }

    /**
     * A replica's pool: read-only connections, the primary's timeouts, and a short wait for a connection, since a
     * read that cannot have one soon goes elsewhere. It opens without connecting, so a replica that is down when the
     * application starts does not stop it.
     */
    private static Replica pool(Bind primary, BindConfig config, int number, int poolSize, Timeouts timeouts) {
        if (Dialects.fromUrl(config.url()) != primary.dialect().family()) {
            throw new ConfigurationException("Replica " + config.url() + " of " + primary.describe() + " is not a "
                    + primary.dialect().getName() + " database; a replica must be of its primary's kind");
        }
        Timeouts bounded = new Timeouts(timeouts.connect(),
                min(timeouts.acquire(), ReplicaSettings.ANSWER_LIMIT), timeouts.statement(), timeouts.lock(),
                timeouts.socket());
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(1, poolSize));
        hikari.setPoolName("tablesmith" + (primary.name().isEmpty() ? "" : "-" + primary.name()) + "-replica"
                + number);
        hikari.setReadOnly(true);
        hikari.setInitializationFailTimeout(-1);
        DriverSettings.apply(hikari, primary.dialect(), bounded);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Cannot set up replica " + config.url() + " of " + primary.describe()
                    + ": " + e.getMessage(), e);
        }
        Bind bind = new Bind(primary.name(), pool, primary.dialect(), primary.types(), pool, poolSize, bounded);
        return new Replica(primary.name(), config.url(), bind);
    }

    private static java.time.Duration min(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    // ---- Routing ----

    boolean isEmpty() {
        return byBind.isEmpty();
    }

    /** The replicas of {@code bind}; empty when it has none. */
    List<Replica> of(String bind) {
        List<Replica> replicas = byBind.get(bind);
        return replicas == null ? List.of() : replicas;
    }

    ReplicaSettings settings() {
        return settings;
    }

    /** A number that moves on with every read, so reads take turns among equally good replicas. */
    int nextTurn() {
        return turn.getAndIncrement();
    }

    /** Whether commits on {@code bind} record their position. */
    boolean positioned(String bind) {
        return positioned.contains(bind);
    }

    // ---- Commit positions ----

    /** Records that this thread committed on {@code bind} at {@code position}. */
    void committed(String bind, long position) {
        CommitPosition last = lastCommit.get();
        lastCommit.set((last == null ? CommitPosition.NONE : last).with(bind, position));
    }

    /** The position of this thread's latest commits, one per bind; {@link CommitPosition#NONE} before any. */
    CommitPosition lastCommit() {
        CommitPosition last = lastCommit.get();
        return last == null ? CommitPosition.NONE : last;
    }

    // ---- Status and closing ----

    List<ReplicaStatus> status() {
        List<ReplicaStatus> status = new ArrayList<>();
        long maxLag = settings.maxLag().toNanos();
        byBind.values().forEach(replicas -> replicas.forEach(replica -> status.add(replica.status(maxLag))));
        return status;
    }

    /** Stops the monitor and closes the replicas' pools. */
    @Override
    public void close() {
        if (monitor != null) {
            checks.close();
            monitor.shutdownNow();
            try {
                monitor.awaitTermination(ReplicaSettings.ANSWER_LIMIT.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException failure = new TablesmithException("Closing the read replicas' pools failed");
        closePools(byBind, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closePools(Map<String, List<Replica>> byBind, RuntimeException failure) {
        for (List<Replica> replicas : byBind.values()) {
            for (Replica replica : replicas) {
                try {
                    replica.pool.ownedPool().close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}

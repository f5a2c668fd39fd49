package dev.tablesmith;

import dev.tablesmith.internal.Dialects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.generated.JdbcTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Configures a {@link Database}: where the default database and any binds are, and their read replicas, the pool
 * size, the teardown policy, query recording, and which models it manages (by default every model on the class
 * path).
 */
public final class DatabaseBuilder {
    private static final AtomicInteger IN_MEMORY_COUNTER = new AtomicInteger();

    private String url;
    /** The URL {@link #inMemory()} made, whose database the built {@link Database} shuts down when it closes. */
    private String inMemoryUrl;
    private String user;
    private String password;
    private DataSource dataSource;
    private int poolSize = 10;
    private Teardown teardown = Teardown.COMMIT;
    private boolean recordQueries;
    private Duration slowQueryThreshold;
    private final Map<String, BindConfig> binds = new LinkedHashMap<>();
    private List<ModelTable<?>> models;
    private ClassLoader classLoader;
    private Timeouts timeouts = Timeouts.DEFAULTS;
    private boolean socketTimeoutSet;
    /** Read replicas per bind ("" for the default database), in the order given. */
    private final Map<String, List<BindConfig>> replicas = new LinkedHashMap<>();
    private ReplicaSettings replicaSettings = ReplicaSettings.DEFAULTS;

    DatabaseBuilder() {
    }

    /** The default database's JDBC URL. */
    public DatabaseBuilder url(String url) {
        this.url = Objects.requireNonNull(url, "url");
        this.inMemoryUrl = null;
        return this;
    }

    /** The default database's user. */
    public DatabaseBuilder user(String user) {
        this.user = user;
        return this;
    }

    /** The default database's password. */
    public DatabaseBuilder password(String password) {
        this.password = password;
        return this;
    }

    /**
     * Uses a fresh private H2 database in memory as the default database; it lives until the built
     * {@link Database} closes. (A {@code jdbc:h2:mem:} URL given to {@link #url} is the caller's: it is never shut
     * down by Tablesmith, so {@code DB_CLOSE_DELAY=-1} keeps it after the {@code Database} closes.)
     */
    public DatabaseBuilder inMemory() {
        url("jdbc:h2:mem:tablesmith-" + IN_MEMORY_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        inMemoryUrl = url;
        return this;
    }

    /**
     * Uses a data source the caller owns (and closes) instead of a Tablesmith pool for the default database. Its
     * connections are used as they come: on MariaDB/MySQL, give them the strict {@code sql_mode} Tablesmith's own
     * pools set ({@code STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE,
     * NO_ENGINE_SUBSTITUTION}), or the server may cut and clamp values instead of refusing them.
     */
    public DatabaseBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /** The maximum number of pooled connections per database; 10 by default. */
    public DatabaseBuilder poolSize(int poolSize) {
        if (poolSize < 1) {
            throw new ConfigurationException("poolSize must be at least 1, was " + poolSize);
        }
        this.poolSize = poolSize;
        return this;
    }

    /**
     * How long opening a connection (the TCP connect and the login) may take before it fails; 10 s by default. Also
     * bounds {@link #build()} against a server that accepts connections and never answers.
     */
    public DatabaseBuilder connectTimeout(Duration timeout) {
        timeouts = timeouts.with("connectTimeout", timeout);
        return this;
    }

    /** How long a context waits for a free pooled connection before it fails; 10 s by default, 250 ms at least. */
    public DatabaseBuilder acquireTimeout(Duration timeout) {
        timeouts = timeouts.with("acquireTimeout", timeout);
        return this;
    }

    /**
     * How long the database lets one statement run before it cancels it ({@link QueryTimeoutException}); 30 s by
     * default. Unless set itself, the socket timeout follows it, 10 s longer.
     */
    public DatabaseBuilder statementTimeout(Duration timeout) {
        timeouts = timeouts.with("statementTimeout", timeout);
        if (!socketTimeoutSet) {
            timeouts = timeouts.with("socketTimeout", timeout.plus(Timeouts.SOCKET_MARGIN));
        }
        return this;
    }

    /** How long a statement waits for a lock another transaction holds ({@link LockTimeoutException}); 10 s by default. */
    public DatabaseBuilder lockTimeout(Duration timeout) {
        timeouts = timeouts.with("lockTimeout", timeout);
        return this;
    }

    /**
     * How long the driver waits for any answer from a database server before it gives the connection up
     * ({@link ConnectionLostException}): a frozen server or a cut network ends there. 40 s by default; it must be
     * longer than the statement timeout. Embedded databases (H2 in memory, SQLite) have no socket.
     */
    public DatabaseBuilder socketTimeout(Duration timeout) {
        timeouts = timeouts.with("socketTimeout", timeout);
        socketTimeoutSet = true;
        return this;
    }

    /** What contexts do with their transaction when they end; {@link Teardown#COMMIT} by default. */
    public DatabaseBuilder teardown(Teardown teardown) {
        this.teardown = Objects.requireNonNull(teardown, "teardown");
        return this;
    }

    /** Records every statement for {@link Database#recordedQueries()}; off by default. */
    public DatabaseBuilder recordQueries(boolean recordQueries) {
        this.recordQueries = recordQueries;
        return this;
    }

    /**
     * Logs statements that take at least {@code threshold} at WARN on SLF4J's {@code dev.tablesmith.sql} logger, with
     * their parameters and calling line; off by default. (That logger at DEBUG logs every statement.)
     */
    public DatabaseBuilder slowQueryThreshold(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new ConfigurationException("slowQueryThreshold must not be negative, was " + threshold);
        }
        this.slowQueryThreshold = threshold;
        return this;
    }

    /** An extra database, for models declared with {@code @Model(bind = name)}. */
    public DatabaseBuilder bind(String name, String url) {
        return bind(name, BindConfig.of(url));
    }

    /** An extra database with credentials, for models declared with {@code @Model(bind = name)}. */
    public DatabaseBuilder bind(String name, BindConfig config) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        if (name.isEmpty()) {
            throw new ConfigurationException("A bind needs a non-empty name; configure the default database with "
                    + "url(...)");
        }
        if (binds.putIfAbsent(name, config) != null) {
            throw new ConfigurationException("Bind '" + name + "' is configured twice");
        }
        return this;
    }

    // ---- Read replicas ----

    /**
     * A read replica of the default database, with its credentials: {@link Database#inReadContext} reads there.
     * Call it again for more replicas; reads take turns among those that are usable.
     */
    public DatabaseBuilder replica(String url) {
        return replica(Database.DEFAULT_BIND, BindConfig.of(url));
    }

    /** A read replica of the default database, with credentials of its own. */
    public DatabaseBuilder replica(BindConfig config) {
        return replica(Database.DEFAULT_BIND, config);
    }

    /** A read replica of the bind named {@code bind}, with its credentials. */
    public DatabaseBuilder replica(String bind, String url) {
        return replica(bind, BindConfig.of(url));
    }

    /**
     * A read replica of the bind named {@code bind} ({@link Database#DEFAULT_BIND} for the default database). A
     * config without a user takes the user and password of that bind. The replica must be a database of the same
     * kind; unlike a primary, one that cannot be reached does not fail {@link #build()}: it takes reads once it
     * answers.
     */
    public DatabaseBuilder replica(String bind, BindConfig config) {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(config, "config");
        replicas.computeIfAbsent(bind, name -> new ArrayList<>()).add(config);
        return this;
    }

    /**
     * How long a read that must see a commit ({@link Database#inReadContext(CommitPosition, ContextTask)}) waits,
     * in all, for a replica to replay it before it reads on the primary; 250 ms by default.
     */
    public DatabaseBuilder replicaWaitTimeout(Duration timeout) {
        replicaSettings = replicaSettings.withWaitTimeout(timeout);
        return this;
    }

    /**
     * How far behind its primary a replica may be and still take reads; 5 s by default. Lag is measured by the
     * replica's replay of the primary's log positions (on MariaDB, by its {@code Seconds_Behind_Master}).
     */
    public DatabaseBuilder maxReplicaLag(Duration lag) {
        replicaSettings = replicaSettings.withMaxLag(lag);
        return this;
    }

    /** How often every replica's health and lag are checked; 1 s by default. */
    public DatabaseBuilder replicaCheckInterval(Duration interval) {
        replicaSettings = replicaSettings.withCheckInterval(interval);
        return this;
    }

    /** Manages exactly these models instead of discovering every model on the class path. */
    public DatabaseBuilder models(ModelTable<?>... tables) {
        this.models = List.of(tables);
        return this;
    }

    /**
     * The class loader to discover models with, alone; by default the thread's context class loader and
     * Tablesmith's own are both asked.
     */
    public DatabaseBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /**
     * Opens the pools, detects each database's dialect and discovers the models.
     *
     * @throws ConfigurationException when neither a default URL nor binds are configured, or a database cannot
     *                                be reached
     */
    public Database build() {
        JooqVersion.require();
        if (url == null && dataSource == null && binds.isEmpty()) {
            throw new ConfigurationException("No database configured: set the default database with "
                    + "Database.builder().url(...) (or dataSource(...), or inMemory()), and/or extra databases with "
                    + "bind(name, url)");
        }
        if (timeouts.socket().compareTo(timeouts.statement()) <= 0) {
            throw new ConfigurationException("socketTimeout (" + Timeouts.describe(timeouts.socket()) + ") must be "
                    + "longer than statementTimeout (" + Timeouts.describe(timeouts.statement()) + "), or a slow "
                    + "statement would break its connection instead of being cancelled by the database");
        }
        ModelRegistry registry = models != null ? ModelRegistry.of(models) : ModelRegistry.discover(loaders());
        Map<String, Bind> opened = new LinkedHashMap<>();
        try {
            if (dataSource != null) {
                opened.put(Database.DEFAULT_BIND, open(Database.DEFAULT_BIND, dataSource, null, 0));
            } else if (url != null) {
                opened.put(Database.DEFAULT_BIND, pool(Database.DEFAULT_BIND, new BindConfig(url, user, password)));
            }
            for (var entry : binds.entrySet()) {
                opened.put(entry.getKey(), pool(entry.getKey(), entry.getValue()));
            }
        } catch (RuntimeException e) {
            closeQuietly(opened, e);
            throw e;
        }
        Binds all = new Binds(opened);
        Replicas readReplicas;
        try {
            readReplicas = Replicas.open(replicas, all, this::primaryConfig, poolSize, timeouts, replicaSettings);
        } catch (RuntimeException e) {
            closeQuietly(opened, e);
            throw e;
        }
        String shutDown = dataSource == null ? inMemoryUrl : null;
        return new Database(all, registry, teardown, new QueryObservation(recordQueries, slowQueryThreshold),
                shutDown == null ? null : () -> shutDown(shutDown), readReplicas);
    }

    /**
     * The class loaders to discover models with: the one given, or else the thread's context class loader and then
     * Tablesmith's own, which see different classes under application servers and frameworks.
     */
    private List<ClassLoader> loaders() {
        if (classLoader != null) {
            return List.of(classLoader);
        }
        List<ClassLoader> loaders = new ArrayList<>(2);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = DatabaseBuilder.class.getClassLoader();
        if (own != null && own != context) {
            loaders.add(own);
        }
        return loaders;
    }

    /** The settings of the bind named {@code name}, whose credentials its replicas inherit; null for a data source. */
    private BindConfig primaryConfig(String name) {
        if (!name.isEmpty()) {
            return binds.get(name);
        }
        return url == null || dataSource != null ? null : new BindConfig(url, user, password);
    }

    private Bind pool(String name, BindConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setPoolName("tablesmith" + (name.isEmpty() ? "" : "-" + name));
        DriverSettings.apply(hikari, Dialects.fromUrl(config.url()), timeouts);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Cannot connect to " + describe(name) + " at " + config.url() + ": "
                    + (Drivers.noDriver(e) ? Drivers.advice(config.url()) : rootMessage(e)), e);
        }
        try {
            return open(name, pool, pool, poolSize);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Shuts down the in-memory H2 database at {@code url} through a connection of its own, not one of the pool's,
     * so that closing a {@code Database} whose pool is exhausted neither waits for a pooled connection nor leaves
     * the database's data in memory until the JVM exits.
     */
    private static void shutDown(String url) {
        try (Connection connection = java.sql.DriverManager.getConnection(url);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already gone (or shut down by the application): nothing is left to free.
        }
    }

    private Bind open(String name, DataSource source, AutoCloseable owned, int size) {
        try (Connection connection = source.getConnection()) {
            SQLDialect dialect = Dialects.fromConnection(connection);
            if (dialect == SQLDialect.DEFAULT) {
                throw new ConfigurationException("Unsupported database for " + describe(name) + ": "
                        + connection.getMetaData().getDatabaseProductName()
                        + "; Tablesmith supports H2, PostgreSQL, MariaDB/MySQL and SQLite");
            }
            return new Bind(name, source, dialect, JdbcTypes.of(dialect), owned, size, timeouts);
        } catch (SQLException e) {
            throw new ConfigurationException("Cannot connect to " + describe(name) + ": " + rootMessage(e), e);
        }
    }

    private static String describe(String name) {
        return name.isEmpty() ? "the default database" : "bind '" + name + "'";
    }

    private static String rootMessage(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                messages.add(t.getMessage());
            }
        }
        return String.join(": ", messages);
    }

    private static void closeQuietly(Map<String, Bind> opened, RuntimeException failure) {
        for (Bind bind : opened.values()) {
            if (bind.ownedPool() != null) {
                try {
                    bind.ownedPool().close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}

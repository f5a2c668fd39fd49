package dev.tablesmith;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.spi.JdbcTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Configures a {@link Database}: where the default database and any binds are, the pool size, the teardown
 * policy, query recording, and which models it manages (by default every model on the class path).
 */
public final class DatabaseBuilder {
    private static final AtomicInteger IN_MEMORY_COUNTER = new AtomicInteger();

    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private int poolSize = 10;
    private Teardown teardown = Teardown.COMMIT;
    private boolean recordQueries;
    private final Map<String, BindConfig> binds = new LinkedHashMap<>();
    private List<ModelTable<?>> models;
    private ClassLoader classLoader;

    DatabaseBuilder() {
    }

    /** The default database's JDBC URL. */
    public DatabaseBuilder url(String url) {
        this.url = Objects.requireNonNull(url, "url");
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

    /** Uses a fresh private H2 database in memory as the default database. */
    public DatabaseBuilder inMemory() {
        return url("jdbc:h2:mem:tablesmith-" + IN_MEMORY_COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
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

    /** Manages exactly these models instead of discovering every model on the class path. */
    public DatabaseBuilder models(ModelTable<?>... tables) {
        this.models = List.of(tables);
        return this;
    }

    /** The class loader to discover models with; the thread's context class loader by default. */
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
        if (url == null && dataSource == null && binds.isEmpty()) {
            throw new ConfigurationException("No database configured: set the default database with "
                    + "Database.builder().url(...) (or dataSource(...), or inMemory()), and/or extra databases with "
                    + "bind(name, url)");
        }
        ModelRegistry registry = models != null ? ModelRegistry.of(models) : ModelRegistry.discover(loader());
        Map<String, Bind> opened = new LinkedHashMap<>();
        try {
            if (dataSource != null) {
                opened.put(Database.DEFAULT_BIND, open(Database.DEFAULT_BIND, dataSource, null));
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
        return new Database(Map.copyOf(opened), registry, teardown, recordQueries);
    }

    private ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DatabaseBuilder.class.getClassLoader();
    }

    private Bind pool(String name, BindConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setPoolName("tablesmith" + (name.isEmpty() ? "" : "-" + name));
        String sessionSetUp = sessionSetUp(Dialects.fromUrl(config.url()));
        if (sessionSetUp != null) {
            hikari.setConnectionInitSql(sessionSetUp);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Cannot connect to " + describe(name) + " at " + config.url() + ": "
                    + rootMessage(e), e);
        }
        // An in-memory H2 database lives (DB_CLOSE_DELAY=-1) until it is shut down: do so with the pool, or every
        // closed Database would keep its data in memory until the JVM exits.
        AutoCloseable owned = config.url().startsWith("jdbc:h2:mem:") ? () -> {
            shutDown(pool);
            pool.close();
        } : pool;
        try {
            return open(name, pool, owned);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The SQL mode of every MariaDB/MySQL connection Tablesmith opens: the strict mode of MariaDB's own default,
     * with {@code STRICT_ALL_TABLES} for tables of every engine. Without it a server configured non-strict (or a
     * driver told {@code jdbcCompliantTruncation=false}) cuts text to the column's length, clamps decimals to the
     * column's range and stores impossible dates as zero dates, all without an error.
     */
    static final String STRICT_SQL_MODE =
            "STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION";

    /**
     * What every pooled connection to a database of {@code dialect} runs once, when it is opened; {@code null} for
     * nothing. It runs after the driver's own set-up, so settings in the URL (such as MariaDB's
     * {@code sessionVariables}, which would silently win over the same driver property) cannot undo it.
     */
    static String sessionSetUp(SQLDialect dialect) {
        return switch (dialect) {
            // SQLite enforces foreign keys only when each connection asks for it.
            case SQLITE -> "PRAGMA foreign_keys = ON";
            case MARIADB, MYSQL -> "SET SESSION sql_mode = '" + STRICT_SQL_MODE + "'";
            default -> null;
        };
    }

    private static void shutDown(HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already gone (or shut down by the application): nothing is left to free.
        }
    }

    private static Bind open(String name, DataSource source, AutoCloseable owned) {
        try (Connection connection = source.getConnection()) {
            SQLDialect dialect = Dialects.fromConnection(connection);
            if (dialect == SQLDialect.DEFAULT) {
                throw new ConfigurationException("Unsupported database for " + describe(name) + ": "
                        + connection.getMetaData().getDatabaseProductName()
                        + "; Tablesmith supports H2, PostgreSQL, MariaDB/MySQL and SQLite");
            }
            return new Bind(name, source, dialect, JdbcTypes.of(dialect), owned);
        } catch (SQLException e) {
            throw new ConfigurationException("Cannot connect to " + describe(name) + ": " + e.getMessage(), e);
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

package dev.tablesmith.it;

import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One database the behavioural tests run against. Server databases are configured by environment variables
 * (defaults: the local services) and skipped, with a note, when unreachable — unless listed in the system property
 * {@code tablesmith.require} (e.g. {@code -Dtablesmith.require=postgres,mariadb}), which makes their absence a
 * failure so CI can never skip them silently.
 */
public enum TestDatabase {
    H2("h2", () -> "jdbc:h2:mem:it-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null),
    SQLITE("sqlite", TestDatabase::sqliteUrl, null, null),
    POSTGRES("postgres",
            () -> env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
            env("TABLESMITH_POSTGRES_USER", "postgres"), env("TABLESMITH_POSTGRES_PASSWORD", "")),
    MARIADB("mariadb",
            () -> env("TABLESMITH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
            env("TABLESMITH_MARIADB_USER", "root"), env("TABLESMITH_MARIADB_PASSWORD", ""));

    private final String key;
    private final Supplier<String> url;
    private final String user;
    private final String password;
    private Boolean reachable;

    TestDatabase(String key, Supplier<String> url, String user, String password) {
        this.key = key;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The name used in {@code tablesmith.require} and in test names. */
    public String key() {
        return key;
    }

    /** A builder for a fresh {@link Database} on this database, with the given extra settings applied by the caller. */
    public DatabaseBuilder builder() {
        return builder(url.get());
    }

    /** Like {@link #builder()}, for this database's server reached at {@code url}, e.g. through a proxy. */
    public DatabaseBuilder builder(String url) {
        DatabaseBuilder builder = Database.builder().url(url).poolSize(4);
        if (user != null) {
            builder.user(user).password(password);
        }
        return builder;
    }

    /** This database's settings, to configure it as a bind of another {@link Database}. */
    public dev.tablesmith.BindConfig bindConfig() {
        return new dev.tablesmith.BindConfig(url.get(), user, password);
    }

    /** This database's JDBC URL (a new one on every call for H2 and SQLite). */
    public String url() {
        return url.get();
    }

    /**
     * This server database's URL with its port replaced by {@code port} on 127.0.0.1, to reach it through a proxy
     * listening there.
     */
    public String urlThrough(int port) {
        return url.get().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    /** A plain JDBC connection of its own, outside any pool: for killing a pool's backends, as an operator would. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(url.get(), user, password);
    }

    /** A fresh {@link Database} whose model tables are dropped and created anew: every test starts empty. */
    public Database open() {
        return fresh(builder().build());
    }

    /** Drops and re-creates every model table of {@code db}, so a test starts from an empty schema. */
    public static Database fresh(Database db) {
        db.dropAll();
        db.createAll();
        return db;
    }

    /** Whether this database can be reached (checked once). */
    public synchronized boolean reachable() {
        if (reachable == null) {
            if (this == H2 || this == SQLITE) {
                reachable = true;
            } else {
                try (Connection ignored = DriverManager.getConnection(url.get(), user, password)) {
                    reachable = true;
                } catch (SQLException e) {
                    reachable = false;
                }
            }
        }
        return reachable;
    }

    /** Whether the build demands this database ({@code -Dtablesmith.require=...}). */
    public boolean required() {
        String property = System.getProperty("tablesmith.require", "");
        return Set.of(property.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains(key);
    }

    @Override
    public String toString() {
        return key;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String sqliteUrl() {
        try {
            Path dir = Files.createTempDirectory("tablesmith-sqlite");
            dir.toFile().deleteOnExit();
            return "jdbc:sqlite:" + dir.resolve("test.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

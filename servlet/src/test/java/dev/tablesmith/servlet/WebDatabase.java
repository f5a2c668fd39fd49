package dev.tablesmith.servlet;

import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The databases the web tests run on: H2 in memory, and PostgreSQL when reachable ({@code TABLESMITH_POSTGRES_URL},
 * default the local server), or always when {@code -Dtablesmith.require} names it. Public, and shipped in this
 * module's test jar, because the Javalin module's tests run on the same databases.
 */
public enum WebDatabase {
    H2, POSTGRES;

    private static Boolean postgresReachable;

    /** For {@code @MethodSource}: the databases to run on; fails when a required one is unreachable. */
    public static Stream<WebDatabase> all() {
        return Stream.of(values()).filter(WebDatabase::available);
    }

    /** For {@code @MethodSource}: PostgreSQL alone, for what only it can show (a commit that fails). */
    public static Stream<WebDatabase> postgres() {
        return all().filter(db -> db == POSTGRES);
    }

    /** A database whose model tables are dropped and created anew: every test starts empty. */
    public Database open() {
        DatabaseBuilder builder = Database.builder().poolSize(4);
        if (this == H2) {
            builder.url("jdbc:h2:mem:web-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        } else {
            builder.url(postgresUrl()).user(postgresUser()).password(postgresPassword());
        }
        Database db = builder.build();
        db.dropAll();
        db.createAll();
        return db;
    }

    /** The connections of {@code db}'s pool in use now. */
    public static int activeConnections(Database db) {
        try {
            return db.engine().unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("not a pooled database", e);
        }
    }

    private boolean available() {
        if (this == H2) {
            return true;
        }
        boolean reachable = postgresReachable();
        if (!reachable && Set.of(System.getProperty("tablesmith.require", "").toLowerCase(Locale.ROOT)
                .split("\\s*,\\s*")).contains("postgres")) {
            throw new IllegalStateException("PostgreSQL is required (-Dtablesmith.require) but cannot be reached at "
                    + postgresUrl() + "; start it or set TABLESMITH_POSTGRES_URL");
        }
        return reachable;
    }

    private static synchronized boolean postgresReachable() {
        if (postgresReachable == null) {
            try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(),
                    postgresPassword())) {
                postgresReachable = connection.isValid(5);
            } catch (SQLException e) {
                postgresReachable = false;
                System.err.println("[tablesmith] SKIPPING the PostgreSQL web tests: " + e.getMessage());
            }
        }
        return postgresReachable;
    }

    private static String postgresUrl() {
        return env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String postgresUser() {
        return env("TABLESMITH_POSTGRES_USER", "postgres");
    }

    private static String postgresPassword() {
        return env("TABLESMITH_POSTGRES_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.tablesmith.exampleweb;

import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The databases the service's tests run on: H2 in memory, and PostgreSQL when reachable ({@code
 * TABLESMITH_POSTGRES_URL}, default the local server), or always when {@code -Dtablesmith.require} names it.
 */
public enum TestDatabase {
    H2, POSTGRES;

    private static Boolean postgresReachable;

    /** For {@code @MethodSource}: the databases to run on; fails when a required one is unreachable. */
    public static Stream<TestDatabase> all() {
        return Stream.of(values()).filter(TestDatabase::available);
    }

    /** For {@code @MethodSource}: PostgreSQL alone, for the load run. */
    public static Stream<TestDatabase> postgres() {
        return all().filter(db -> db == POSTGRES);
    }

    /** A database whose model tables are dropped and created anew: every test starts empty. */
    Database open() {
        DatabaseBuilder builder = Database.builder();
        if (this == H2) {
            builder.inMemory();
        } else {
            builder.url(postgresUrl()).user(postgresUser()).password(postgresPassword());
        }
        Database db = builder.build();
        db.dropAll();
        db.createAll();
        return db;
    }

    public static String postgresUrl() {
        return env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String postgresUser() {
        return env("TABLESMITH_POSTGRES_USER", "postgres");
    }

    public static String postgresPassword() {
        return env("TABLESMITH_POSTGRES_PASSWORD", "");
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
                System.err.println("[tablesmith] SKIPPING the PostgreSQL example-web tests: " + e.getMessage());
            }
        }
        return postgresReachable;
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

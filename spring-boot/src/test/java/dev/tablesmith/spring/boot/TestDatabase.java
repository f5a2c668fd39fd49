package dev.tablesmith.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases the tests run on, each configured the way an application would: H2 in memory through the
 * application's DataSource ({@code spring.datasource.url}), and PostgreSQL ({@code TABLESMITH_POSTGRES_URL}, default
 * the local server) through Tablesmith's own pool ({@code tablesmith.url}) when reachable, or always when
 * {@code -Dtablesmith.require} names it.
 */
enum TestDatabase {
    H2, POSTGRES;

    private static final AtomicInteger H2_COUNTER = new AtomicInteger();
    private static Boolean postgresReachable;

    /** For {@code @MethodSource}: the databases to run on; fails when a required one is unreachable. */
    static Stream<TestDatabase> all() {
        return Stream.of(values()).filter(TestDatabase::available);
    }

    /** For {@code @EnabledIf}: whether PostgreSQL can be used; fails when it is required and unreachable. */
    static boolean postgresAvailable() {
        return POSTGRES.available();
    }

    /** The application properties that put the application on this database (a fresh one for H2). */
    List<String> properties() {
        if (this == H2) {
            return List.of("spring.datasource.url=jdbc:h2:mem:boot-" + H2_COUNTER.incrementAndGet()
                    + ";DB_CLOSE_DELAY=-1");
        }
        return List.of("tablesmith.url=" + postgresUrl(), "tablesmith.user=" + postgresUser(),
                "tablesmith.password=" + postgresPassword());
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
                System.err.println("[tablesmith] SKIPPING the PostgreSQL Spring Boot tests: " + e.getMessage());
            }
        }
        return postgresReachable;
    }

    static String postgresUrl() {
        return env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String postgresUser() {
        return env("TABLESMITH_POSTGRES_USER", "postgres");
    }

    static String postgresPassword() {
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

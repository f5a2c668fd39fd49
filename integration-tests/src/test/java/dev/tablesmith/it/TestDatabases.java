package dev.tablesmith.it;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The databases behavioural tests are parameterized over: every reachable one, failing when a required one is not.
 * Skipped databases are announced once on standard error.
 */
public final class TestDatabases {
    private static volatile List<TestDatabase> available;

    private TestDatabases() {
    }

    /** For {@code @MethodSource("dev.tablesmith.it.TestDatabases#all")}. */
    public static Stream<TestDatabase> all() {
        return availableDatabases().stream();
    }

    /** The H2 database and the server databases: those whose behaviour differs in ways worth a second run. */
    public static Stream<TestDatabase> h2AndPostgres() {
        return availableDatabases().stream().filter(db -> db == TestDatabase.H2 || db == TestDatabase.POSTGRES);
    }

    /** The server databases, PostgreSQL and MariaDB: those with a network connection and backends to kill. */
    public static Stream<TestDatabase> servers() {
        return availableDatabases().stream().filter(db -> db == TestDatabase.POSTGRES || db == TestDatabase.MARIADB);
    }

    /** PostgreSQL alone, for behaviour only it can show (none when it is unreachable and not required). */
    public static Stream<TestDatabase> postgres() {
        return availableDatabases().stream().filter(db -> db == TestDatabase.POSTGRES);
    }

    /** MariaDB alone, for behaviour only it can show (none when it is unreachable and not required). */
    public static Stream<TestDatabase> mariadb() {
        return availableDatabases().stream().filter(db -> db == TestDatabase.MARIADB);
    }

    static synchronized List<TestDatabase> availableDatabases() {
        if (available == null) {
            List<TestDatabase> found = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (TestDatabase db : TestDatabase.values()) {
                if (db.reachable()) {
                    found.add(db);
                } else if (db.required()) {
                    throw new IllegalStateException("Database '" + db.key() + "' is required (-Dtablesmith.require) "
                            + "but cannot be reached; start it or check its TABLESMITH_* environment variables");
                } else {
                    skipped.add(db.key());
                }
            }
            if (!skipped.isEmpty()) {
                System.err.println("[tablesmith] SKIPPING tests on unreachable databases: " + skipped
                        + " (set -Dtablesmith.require=" + String.join(",", skipped) + " to make this an error)");
            }
            available = List.copyOf(found);
        }
        return available;
    }
}

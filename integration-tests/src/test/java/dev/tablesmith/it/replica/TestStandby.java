package dev.tablesmith.it.replica;

import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import dev.tablesmith.ReplicaStatus;
import dev.tablesmith.it.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL hot standby the replica tests read from: {@code scripts/pg-standby.sh start} makes it, on
 * 127.0.0.1:5433, streaming from the test PostgreSQL server. Its URL is {@code TABLESMITH_STANDBY_URL}, by default the
 * PostgreSQL test URL with the standby's host and port. Tests that need it are skipped when it cannot be reached,
 * unless {@code -Dtablesmith.require} lists {@code standby}, which makes its absence a failure.
 */
final class TestStandby {
    private static Boolean reachable;

    private TestStandby() {
    }

    /** The standby's JDBC URL: the same database as the primary's test database, on the standby server. */
    static String url() {
        String configured = System.getenv("TABLESMITH_STANDBY_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return TestDatabase.POSTGRES.url().replaceFirst("//[^/]+/", "//127.0.0.1:5433/");
    }

    /** Skips the calling test when the standby is not there, or fails it when the build requires the standby. */
    static synchronized void require() {
        if (reachable == null) {
            reachable = TestDatabase.POSTGRES.reachable() && inRecovery();
        }
        if (!reachable) {
            boolean required = Set.of(System.getProperty("tablesmith.require", "").toLowerCase(Locale.ROOT)
                    .split("\\s*,\\s*")).contains("standby");
            String message = "The PostgreSQL standby at " + url() + " cannot be reached (or is not in recovery); "
                    + "start it with scripts/pg-standby.sh start";
            if (required) {
                throw new IllegalStateException(message + " (it is required: -Dtablesmith.require lists standby)");
            }
            Assumptions.abort(message);
        }
    }

    private static boolean inRecovery() {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A builder for the test PostgreSQL database with the standby as its replica. */
    static DatabaseBuilder builder() {
        return TestDatabase.POSTGRES.builder().replica(url());
    }

    /**
     * Builds the database with empty tables and waits, at most 30 s, until its replica takes reads. The tables are
     * made outside any context, so nothing records their commit's position; a context committed afterwards does, and
     * this thread's reads then wait until the standby has the tables too.
     */
    static Database open(DatabaseBuilder builder) {
        Database db = TestDatabase.fresh(builder.build());
        db.inContext(() -> db.session().dsl().selectOne().fetch());
        await("the standby to take reads", Duration.ofSeconds(30),
                () -> db.replicas().stream().allMatch(ReplicaStatus::usable));
        return db;
    }

    /** Runs {@code scripts/pg-standby.sh command} and waits for it, at most two minutes. */
    static void script(String command) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("tablesmith.standbyScript", "../scripts/pg-standby.sh"));
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No executable " + script.toAbsolutePath());
        }
        // Its output is passed on line by line: a child writing to the test JVM's own standard output would corrupt
        // the channel through which Surefire's forked JVM reports.
        Process process = new ProcessBuilder(List.of(script.toString(), command)).redirectErrorStream(true).start();
        Thread.ofVirtual().start(() -> process.inputReader().lines().forEach(System.out::println));
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " " + command + " did not end within two minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(script + " " + command + " failed with exit code " + process.exitValue());
        }
    }

    /** Waits until {@code condition} holds, checking every 20 ms, and fails naming {@code what} after {@code bound}. */
    static void await(String what, Duration bound, BooleanSupplier condition) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Waited " + bound.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** Reads served by the replicas of {@code db} so far. */
    static long replicaReads(Database db) {
        return db.replicas().stream().mapToLong(ReplicaStatus::reads).sum();
    }
}

package dev.tablesmith.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The bulk insert benchmark's short mode, on PostgreSQL (its only database): each variant runs briefly and must
 * produce a result. Skipped when no server is reachable, unless {@code -Dtablesmith.require} names postgres.
 */
class BulkInsertSmokeTest {

    @Test
    void everyVariantRunsOnPostgresAndProducesAResult() throws Exception {
        assumeTrue(postgresReachable() || requiredPostgres(), "PostgreSQL is not reachable");
        Options options = new OptionsBuilder()
                .include(BulkInsertBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            assertTrue(score > 0 && !Double.isNaN(score), label + " produced no measurement: " + score);
            ran.add(label.substring(label.lastIndexOf('.') + 1));
        }
        assertEquals(Set.of("copy", "dao", "jdbcBatch"), ran);
    }

    private static boolean requiredPostgres() {
        return System.getProperty("tablesmith.require", "").contains("postgres");
    }

    private static boolean postgresReachable() {
        String url = System.getenv().getOrDefault("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        try (var connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=3",
                "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}

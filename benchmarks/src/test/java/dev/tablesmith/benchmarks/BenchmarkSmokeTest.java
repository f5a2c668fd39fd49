package dev.tablesmith.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The benchmarks' short mode: every benchmark runs briefly on H2, in process, and must produce a result. It proves
 * the benchmarks work; it measures nothing (timings from such a run mean nothing and are not checked).
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOnH2AndProducesAResult() throws Exception {
        Options options = new OptionsBuilder()
                .include(DaoBenchmark.class.getName())
                .include(JdbcBenchmark.class.getName())
                .include(JooqBenchmark.class.getName())
                .include(HibernateBenchmark.class.getName())
                .param("database", "h2")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            assertTrue(score > 0 && !Double.isNaN(score), label + " produced no measurement: " + score);
            ran.add(label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1));
        }
        Set<String> expected = new TreeSet<>();
        for (String variant : new String[] {"DaoBenchmark", "JdbcBenchmark", "JooqBenchmark", "HibernateBenchmark"}) {
            for (String operation : new String[] {"insertOne", "insertBatch1000", "findById", "query100"}) {
                expected.add(variant + "." + operation);
            }
        }
        assertEquals(expected, ran);
    }
}

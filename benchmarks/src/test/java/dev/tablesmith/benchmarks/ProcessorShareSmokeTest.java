package dev.tablesmith.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The build-cost benchmark's short mode: each variant compiles three generated models once, in process. A variant
 * whose sources do not compile — the processor's output, or the floor's empty tables — fails the run; timings from
 * it mean nothing and are not checked.
 */
class ProcessorShareSmokeTest {

    @Test
    void everyVariantCompilesItsSources() throws Exception {
        var options = new OptionsBuilder()
                .include(ProcessorShareBenchmark.class.getName())
                .param("models", "3")
                .mode(Mode.SingleShotTime)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .shouldFailOnError(true)
                .build();
        Set<String> ran = new TreeSet<>();
        for (RunResult result : new Runner(options).run()) {
            String label = result.getParams().getBenchmark();
            assertTrue(result.getPrimaryResult().getScore() > 0, label + " produced no measurement");
            ran.add(label.substring(label.lastIndexOf('.') + 1));
        }
        assertEquals(Set.of("processorOnly", "tablesFloor", "withProcessor", "withoutProcessor"), ran);
    }
}

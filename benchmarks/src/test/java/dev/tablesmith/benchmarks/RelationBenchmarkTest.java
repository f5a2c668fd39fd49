package dev.tablesmith.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The three ways of {@link RelationBenchmark} read the same graph, and each runs briefly under JMH on H2. */
class RelationBenchmarkTest {

    @Test
    void everyVariantReadsAllAuthorsWithAllTheirBooks() throws Exception {
        LibraryFixture f = new LibraryFixture();
        f.database = "h2";
        f.setUp();
        try {
            RelationBenchmark benchmark = new RelationBenchmark();
            var withWith = benchmark.tablesmithWith(f);
            assertEquals(LibraryFixture.AUTHORS, withWith.size());
            withWith.forEach(a -> assertEquals(LibraryFixture.BOOKS_EACH, a.books.size()));
            var joinFetch = benchmark.hibernateJoinFetch(f);
            assertEquals(LibraryFixture.AUTHORS, joinFetch.size());
            joinFetch.forEach(a -> assertEquals(LibraryFixture.BOOKS_EACH, a.books.size()));
            var multiset = benchmark.jooqMultiset(f);
            assertEquals(LibraryFixture.AUTHORS, multiset.size());
            multiset.forEach(a -> assertEquals(LibraryFixture.BOOKS_EACH, a.books.size()));
        } finally {
            f.tearDown();
        }
    }

    /**
     * Runs in process for 0.2 s per variant and measures nothing, so it does not wait for JMH's machine-wide lock,
     * which a measurement run elsewhere on the machine may hold.
     */
    @Test
    void theBenchmarkRunsUnderJmh() throws Exception {
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(RelationBenchmark.class.getName())
                .param("database", "h2")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertEquals(3, results.size());
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
        }
    }
}

package dev.tablesmith.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A generated {@code @Query} method ({@link PersonQueries}): SQL checked and rendered at compile time, each call in
 * its own context, hence its own transaction, like {@link DaoBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {

    @Benchmark
    public Person findById(Fixture f) {
        long id = f.nextId();
        return f.db.inContext(() -> f.queries.byId(id));
    }

    @Benchmark
    public List<Person> query100(Fixture f) {
        return f.db.inContext(() -> f.queries.byAge(3));
    }
}

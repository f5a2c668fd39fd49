package dev.tablesmith.benchmarks;

import static dev.tablesmith.benchmarks.PersonTable.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/** The generated {@code PersonDao}: each operation in its own context, hence its own transaction. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DaoBenchmark {

    @Benchmark
    @OperationsPerInvocation(InsertFixture.SINGLE_INSERTS)
    public void insertOne(InsertFixture f, Blackhole blackhole) {
        for (int i = 0; i < InsertFixture.SINGLE_INSERTS; i++) {
            blackhole.consume(f.db.inContext(() -> f.dao.insert(new Person(null, "new", "new@example.com",
                    Fixture.INSERTED_AGE, true))));
        }
    }

    @Benchmark
    public List<Person> insertBatch1000(InsertFixture f) {
        List<Person> people = new ArrayList<>(Fixture.ROWS);
        for (int i = 0; i < Fixture.ROWS; i++) {
            people.add(new Person(null, "new" + i, "new@example.com", Fixture.INSERTED_AGE, true));
        }
        return f.db.inContext(() -> f.dao.insertAll(people));
    }

    @Benchmark
    public Person findById(Fixture f) {
        long id = f.nextId();
        return f.db.inContext(() -> f.dao.findById(id).orElseThrow());
    }

    @Benchmark
    public List<Person> query100(Fixture f) {
        return f.db.inContext(() -> f.dao.where(PERSON.AGE.eq(3)).list());
    }
}

package dev.tablesmith.benchmarks;

import static dev.tablesmith.benchmarks.PersonTable.PERSON;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * jOOQ's DSL, rendering SQL at run time as applications usually use it: the same pool, one transaction per
 * operation, rows mapped by a hand-written lambda (not reflection). Execute logging is off, as in production.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JooqBenchmark {
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);

    @Benchmark
    @OperationsPerInvocation(InsertFixture.SINGLE_INSERTS)
    public void insertOne(InsertFixture f, Blackhole blackhole) throws SQLException {
        for (int i = 0; i < InsertFixture.SINGLE_INSERTS; i++) {
            blackhole.consume(insert(f));
        }
    }

    private static Person insert(Fixture f) throws SQLException {
        Person person = new Person(null, "new", "new@example.com", Fixture.INSERTED_AGE, true);
        try (Connection connection = begin(f)) {
            person.id = dsl(f, connection).insertInto(PERSON)
                    .set(PERSON.NAME, person.name)
                    .set(PERSON.EMAIL, person.email)
                    .set(PERSON.AGE, person.age)
                    .set(PERSON.ACTIVE, person.active)
                    .returningResult(PERSON.ID)
                    .fetchOne()
                    .value1();
            connection.commit();
        }
        return person;
    }

    /** jOOQ's batch of one prepared statement; it does not return generated ids, so the people keep null ids. */
    @Benchmark
    public List<Person> insertBatch1000(InsertFixture f) throws SQLException {
        List<Person> people = new ArrayList<>(Fixture.ROWS);
        for (int i = 0; i < Fixture.ROWS; i++) {
            people.add(new Person(null, "new" + i, "new@example.com", Fixture.INSERTED_AGE, true));
        }
        try (Connection connection = begin(f)) {
            DSLContext dsl = dsl(f, connection);
            BatchBindStep batch = dsl.batch(dsl.insertInto(PERSON, PERSON.NAME, PERSON.EMAIL, PERSON.AGE,
                    PERSON.ACTIVE).values((String) null, null, null, null));
            for (Person person : people) {
                batch.bind(person.name, person.email, person.age, person.active);
            }
            batch.execute();
            connection.commit();
        }
        return people;
    }

    @Benchmark
    public Person findById(Fixture f) throws SQLException {
        try (Connection connection = begin(f)) {
            Person person = dsl(f, connection).selectFrom(PERSON).where(PERSON.ID.eq(f.nextId()))
                    .fetchOne(JooqBenchmark::map);
            connection.commit();
            return person;
        }
    }

    @Benchmark
    public List<Person> query100(Fixture f) throws SQLException {
        try (Connection connection = begin(f)) {
            List<Person> people = dsl(f, connection).selectFrom(PERSON).where(PERSON.AGE.eq(3))
                    .fetch(JooqBenchmark::map);
            connection.commit();
            return people;
        }
    }

    private static Connection begin(Fixture f) throws SQLException {
        Connection connection = f.dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static DSLContext dsl(Fixture f, Connection connection) {
        return DSL.using(connection, f.dialect, SETTINGS);
    }

    private static Person map(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.EMAIL), r.get(PERSON.AGE),
                r.get(PERSON.ACTIVE));
    }
}

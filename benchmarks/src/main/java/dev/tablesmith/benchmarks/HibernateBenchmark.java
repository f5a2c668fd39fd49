package dev.tablesmith.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Hibernate ORM 7 with {@code persist}/{@code find}: the same pool, one session and transaction per operation.
 * With an identity id Hibernate must run each insert on its own to learn the id, so it cannot batch them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HibernateBenchmark {

    @Benchmark
    @OperationsPerInvocation(InsertFixture.SINGLE_INSERTS)
    public void insertOne(InsertFixture f, Blackhole blackhole) {
        for (int i = 0; i < InsertFixture.SINGLE_INSERTS; i++) {
            blackhole.consume(insert(f));
        }
    }

    private static HibernatePerson insert(Fixture f) {
        HibernatePerson person = new HibernatePerson("new", "new@example.com", Fixture.INSERTED_AGE, true);
        try (Session session = f.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            session.persist(person);
            tx.commit();
        }
        return person;
    }

    @Benchmark
    public List<HibernatePerson> insertBatch1000(InsertFixture f) {
        List<HibernatePerson> people = new ArrayList<>(Fixture.ROWS);
        for (int i = 0; i < Fixture.ROWS; i++) {
            people.add(new HibernatePerson("new" + i, "new@example.com", Fixture.INSERTED_AGE, true));
        }
        try (Session session = f.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            for (HibernatePerson person : people) {
                session.persist(person);
            }
            tx.commit();
        }
        return people;
    }

    @Benchmark
    public HibernatePerson findById(Fixture f) {
        try (Session session = f.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            HibernatePerson person = session.find(HibernatePerson.class, f.nextId());
            tx.commit();
            return person;
        }
    }

    @Benchmark
    public List<HibernatePerson> query100(Fixture f) {
        try (Session session = f.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernatePerson> people = session
                    .createSelectionQuery("from HibernatePerson where age = :age", HibernatePerson.class)
                    .setParameter("age", 3)
                    .getResultList();
            tx.commit();
            return people;
        }
    }
}

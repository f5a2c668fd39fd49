package dev.tablesmith.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * jOOQ's plain-SQL {@code resultQuery(sql, bindings)}, the usual way to run hand-written SQL with jOOQ: the SQL
 * template is read at run time on every call. Same pool, one transaction per operation, rows mapped by a
 * hand-written lambda; execute logging off.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JooqSqlBenchmark {
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);
    private static final String SELECT_BY_ID =
            "select \"id\", \"name\", \"email\", \"age\", \"active\" from \"person\" where \"id\" = ?";
    private static final String SELECT_BY_AGE =
            "select \"id\", \"name\", \"email\", \"age\", \"active\" from \"person\" where \"age\" = ?";

    @Benchmark
    public Person findById(Fixture f) throws SQLException {
        try (Connection connection = begin(f)) {
            Person person = dsl(f, connection).resultQuery(SELECT_BY_ID, f.nextId()).fetchOne(JooqSqlBenchmark::map);
            connection.commit();
            return person;
        }
    }

    @Benchmark
    public List<Person> query100(Fixture f) throws SQLException {
        try (Connection connection = begin(f)) {
            List<Person> people = dsl(f, connection).resultQuery(SELECT_BY_AGE, 3).fetch(JooqSqlBenchmark::map);
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
        return new Person(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, Integer.class), r.get(4, Boolean.class));
    }
}

package dev.tablesmith.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Hand-written JDBC, the floor: the same pool, one transaction per operation, SQL written once as constants,
 * generated ids read back as the DAO does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdbcBenchmark {
    private static final String INSERT =
            "insert into \"person\" (\"name\", \"email\", \"age\", \"active\") values (?, ?, ?, ?)";
    private static final String SELECT_BY_ID =
            "select \"id\", \"name\", \"email\", \"age\", \"active\" from \"person\" where \"id\" = ?";
    private static final String SELECT_BY_AGE =
            "select \"id\", \"name\", \"email\", \"age\", \"active\" from \"person\" where \"age\" = ?";
    private static final String[] ID = {"id"};

    @Benchmark
    @OperationsPerInvocation(InsertFixture.SINGLE_INSERTS)
    public void insertOne(InsertFixture f, Blackhole blackhole) throws SQLException {
        for (int i = 0; i < InsertFixture.SINGLE_INSERTS; i++) {
            blackhole.consume(insert(f));
        }
    }

    private static Person insert(Fixture f) throws SQLException {
        Person person = new Person(null, "new", "new@example.com", Fixture.INSERTED_AGE, true);
        try (Connection connection = begin(f); PreparedStatement ps = connection.prepareStatement(INSERT, ID)) {
            bind(ps, person);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                person.id = keys.getLong(1);
            }
            connection.commit();
        }
        return person;
    }

    @Benchmark
    public List<Person> insertBatch1000(InsertFixture f) throws SQLException {
        List<Person> people = new ArrayList<>(Fixture.ROWS);
        for (int i = 0; i < Fixture.ROWS; i++) {
            people.add(new Person(null, "new" + i, "new@example.com", Fixture.INSERTED_AGE, true));
        }
        try (Connection connection = begin(f); PreparedStatement ps = connection.prepareStatement(INSERT, ID)) {
            for (Person person : people) {
                bind(ps, person);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (Person person : people) {
                    keys.next();
                    person.id = keys.getLong(1);
                }
            }
            connection.commit();
        }
        return people;
    }

    @Benchmark
    public Person findById(Fixture f) throws SQLException {
        try (Connection connection = begin(f); PreparedStatement ps = connection.prepareStatement(SELECT_BY_ID)) {
            ps.setLong(1, f.nextId());
            Person person;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                person = map(rs);
            }
            connection.commit();
            return person;
        }
    }

    @Benchmark
    public List<Person> query100(Fixture f) throws SQLException {
        try (Connection connection = begin(f); PreparedStatement ps = connection.prepareStatement(SELECT_BY_AGE)) {
            ps.setInt(1, 3);
            List<Person> people = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.add(map(rs));
                }
            }
            connection.commit();
            return people;
        }
    }

    private static Connection begin(Fixture f) throws SQLException {
        Connection connection = f.dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void bind(PreparedStatement ps, Person person) throws SQLException {
        ps.setString(1, person.name);
        ps.setString(2, person.email);
        ps.setInt(3, person.age);
        ps.setBoolean(4, person.active);
    }

    private static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5));
    }
}

package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Inserting {@value BulkInsertFixture#ROWS} rows on PostgreSQL, in one transaction, three ways: a JDBC batch that
 * reads back the generated ids (what {@code insertAll} did before, and what hand-written JDBC does), the DAO's
 * {@code insertAll}, and {@code COPY FROM STDIN} through pgjdbc's {@code CopyManager}, which returns no ids and is
 * the limit of loading rows. {@link BulkInsertRuns} runs them in paired rounds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkInsertBenchmark {
    private static final String INSERT =
            "insert into \"person\" (\"name\", \"email\", \"age\", \"active\") values (?, ?, ?, ?)";

    @Benchmark
    public List<Person> jdbcBatch(BulkInsertFixture f) throws SQLException {
        List<Person> people = BulkInsertFixture.newPeople();
        try (Connection connection = f.dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(INSERT, new String[] {"id"})) {
            connection.setAutoCommit(false);
            for (Person person : people) {
                ps.setString(1, person.name);
                ps.setString(2, person.email);
                ps.setInt(3, person.age);
                ps.setBoolean(4, person.active);
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
    public List<Person> dao(BulkInsertFixture f) {
        List<Person> people = BulkInsertFixture.newPeople();
        return f.db.inContext(() -> f.dao.insertAll(people));
    }

    /** The rows as COPY's text format; the names and emails hold no tab, newline or backslash to escape. */
    @Benchmark
    public long copy(BulkInsertFixture f) throws SQLException, IOException {
        List<Person> people = BulkInsertFixture.newPeople();
        StringBuilder text = new StringBuilder(people.size() * 48);
        for (Person person : people) {
            text.append(person.name).append('\t').append(person.email).append('\t').append(person.age).append('\t')
                    .append(person.active ? 't' : 'f').append('\n');
        }
        try (Connection connection = f.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long copied = new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(
                    "copy \"person\" (\"name\", \"email\", \"age\", \"active\") from stdin",
                    new StringReader(text.toString()));
            connection.commit();
            return copied;
        }
    }
}

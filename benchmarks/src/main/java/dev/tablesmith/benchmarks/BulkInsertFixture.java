package dev.tablesmith.benchmarks;

import dev.tablesmith.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * PostgreSQL's empty {@code person} table for {@link BulkInsertBenchmark}, emptied after every invocation so that
 * each one inserts {@value #ROWS} rows into the same empty table. PostgreSQL only: {@code COPY}, the limit the
 * others are measured against, is its own; the parameter is named {@code server} (not {@code database}) so that the
 * full run's {@code -p database=h2,postgres} does not ask it for H2.
 */
@State(Scope.Benchmark)
public class BulkInsertFixture {
    public static final int ROWS = 10_000;

    @Param({"postgres"})
    public String server;

    Database db;
    PersonDao dao;
    DataSource dataSource;

    @Setup(Level.Trial)
    public void setUp() {
        if (!server.equals("postgres")) {
            throw new IllegalArgumentException("The bulk insert benchmark runs on PostgreSQL only, not " + server);
        }
        db = Fixture.postgres().poolSize(2).build();
        db.dropAll();
        db.createAll();
        dao = new PersonDao(db);
        dataSource = db.engine();
    }

    /** The rows every variant inserts: new people without ids. */
    static List<Person> newPeople() {
        List<Person> people = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            people.add(new Person(null, "new" + i, "new" + i + "@example.com", i % 90, true));
        }
        return people;
    }

    @TearDown(Level.Invocation)
    public void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("truncate table \"person\"");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.dropAll();
        db.close();
    }
}

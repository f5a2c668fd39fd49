package dev.tablesmith.benchmarks;

import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.jooq.SQLDialect;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database every variant works on: one pool (Tablesmith's), shared by the DAO, JDBC, jOOQ and Hibernate, and a
 * {@code person} table seeded with {@value #ROWS} rows, {@value #MATCHES} of each age 0–9. Rows inserted by an
 * iteration are deleted after it, so every iteration starts from the same table; on PostgreSQL the table is then
 * vacuumed, and autovacuum is off for it, so that no vacuum runs while an iteration is measured. On PostgreSQL
 * commits do not wait for the disk (see {@link #withoutCommitFlush}).
 */
@State(Scope.Benchmark)
public class Fixture {
    /** Seeded rows. */
    public static final int ROWS = 1000;
    /** Seeded rows per age, so {@code age = 3} selects exactly this many. */
    public static final int MATCHES = 100;
    /** The age of inserted rows, outside the seeded ages so they never join a query's result. */
    static final int INSERTED_AGE = 100;

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** {@code h2} (in memory) or {@code postgres} (TABLESMITH_POSTGRES_URL, by default the local server). */
    @Param({"h2", "postgres"})
    public String database;

    Database db;
    PersonDao dao;
    PersonQueries queries;
    DataSource dataSource;
    SQLDialect dialect;
    SessionFactory hibernate;
    private long[] ids;
    private int next;
    private long lastSeededId;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = builder().poolSize(2).build();
        db.dropAll();
        db.createAll();
        dao = new PersonDao(db);
        queries = new PersonQueriesImpl(db);
        dataSource = db.engine();
        dialect = db.dialect();
        List<Person> seed = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            seed.add(new Person(null, "person" + i, "person" + i + "@example.com", i % (ROWS / MATCHES), true));
        }
        List<Person> stored = db.inContext(() -> dao.insertAll(seed));
        ids = stored.stream().mapToLong(Person::getId).toArray();
        lastSeededId = ids[ids.length - 1];
        if (dialect == SQLDialect.POSTGRES) {
            execute("alter table \"person\" set (autovacuum_enabled = false)");
            execute("vacuum analyze \"person\"");
        }
        Configuration hibernateConfig = new Configuration().addAnnotatedClass(HibernatePerson.class);
        hibernateConfig.getProperties().put("hibernate.connection.datasource", dataSource);
        hibernateConfig.setProperty("hibernate.globally_quoted_identifiers", "true");
        hibernateConfig.setProperty("hibernate.hbm2ddl.auto", "none");
        hibernateConfig.setProperty("hibernate.jdbc.batch_size", "1000");
        hibernate = hibernateConfig.buildSessionFactory();
    }

    private DatabaseBuilder builder() {
        return switch (database) {
            case "h2" -> Database.builder().url("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException("Unknown database '" + database + "': use h2 or postgres");
        };
    }

    /** The local PostgreSQL server (TABLESMITH_POSTGRES_URL, by default the local server), commits not flushed. */
    static DatabaseBuilder postgres() {
        return Database.builder()
                .url(withoutCommitFlush(env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test")))
                .user(env("TABLESMITH_POSTGRES_USER", "postgres"))
                .password(env("TABLESMITH_POSTGRES_PASSWORD", ""));
    }

    /**
     * Turns off {@code synchronous_commit} for the benchmark's connections: a commit then does not wait for the
     * server's disk flush, which would otherwise dominate every write and measure the disk (and whatever else
     * uses it), not the data-access code. It applies to every variant alike.
     */
    private static String withoutCommitFlush(String url) {
        return url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit=off";
    }

    /** Deletes the rows the iteration inserted and, on PostgreSQL, vacuums their dead tuples away. */
    @TearDown(Level.Iteration)
    public void resetTable() throws SQLException {
        deleteInserted();
        if (dialect == SQLDialect.POSTGRES) {
            execute("vacuum \"person\"");
        }
    }

    /** Deletes every row inserted since the table was seeded. */
    void deleteInserted() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from \"person\" where \"id\" > ?")) {
            delete.setLong(1, lastSeededId);
            delete.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Runs a statement outside a transaction, as {@code VACUUM} requires. */
    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(sql);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hibernate.close();
        db.dropAll();
        db.close();
    }

    /** The next seeded id to read, cycling through all of them. */
    long nextId() {
        long id = ids[next];
        next = next + 1 == ids.length ? 0 : next + 1;
        return id;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package dev.tablesmith.it.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConfigurationException;
import dev.tablesmith.ConnectionLostException;
import dev.tablesmith.ConnectionUnavailableException;
import dev.tablesmith.Database;
import dev.tablesmith.QueryTimeoutException;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import dev.tablesmith.it.model.UserTable;
import dev.tablesmith.it.queries.Task;
import dev.tablesmith.it.queries.TaskQueries;
import dev.tablesmith.it.queries.TaskQueriesImpl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults of a database server, injected for real on PostgreSQL and MariaDB: a server that never answers, one that
 * freezes mid-transaction, backends killed by an operator, a statement that runs too long, a database dropped under
 * the pool. Every wait ends within its configured bound with an error naming it, a connection found dead before any
 * work is replaced, and work already sent is never repeated.
 */
class ServerFaultsTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void buildingAgainstAServerThatNeverAnswersFailsWithinTheConnectTimeout(TestDatabase target) {
        try (FreezingProxy silent = FreezingProxy.silent()) {
            long started = System.nanoTime();
            ConfigurationException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(ConfigurationException.class,
                    () -> target.builder(target.urlThrough(silent.port())).connectTimeout(Duration.ofSeconds(1))
                            .build().close()));
            assertTrue(elapsed(started).compareTo(Duration.ofSeconds(10)) < 0, "took " + elapsed(started));
            assertTrue(e.getMessage().contains("Cannot connect to the default database"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aServerThatFreezesMidTransactionEndsTheStatementWithinTheSocketTimeoutAndCommitsNothing(
            TestDatabase target) {
        int port = target == TestDatabase.POSTGRES ? 5432 : 3306;
        try (FreezingProxy proxy = FreezingProxy.to(port);
                Database db = TestDatabase.fresh(target.builder(target.urlThrough(proxy.port()))
                        .statementTimeout(Duration.ofSeconds(1)).socketTimeout(Duration.ofSeconds(2)).build())) {
            UserDao users = new UserDao(db);
            long[] started = new long[1];
            ConnectionLostException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(
                    ConnectionLostException.class, () -> db.inContext(() -> {
                        users.insert(new User("sent before the freeze", null));
                        proxy.freeze();
                        started[0] = System.nanoTime();
                        users.insert(new User("never answered", null));
                    })));
            assertTrue(elapsed(started[0]).compareTo(Duration.ofSeconds(10)) < 0, "took " + elapsed(started[0]));
            assertTrue(e.getMessage().contains("socket timeout of 2 s") && e.getMessage().contains("nothing"),
                    e.getMessage());
            proxy.thaw();
        }
        try (Database db = target.builder().build()) {
            assertEquals(0L, (long) db.inContext(new UserDao(db)::count), "the frozen transaction committed nothing");
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aPooledConnectionKilledWhileIdleIsReplacedBeforeTheFirstStatement(TestDatabase target) throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().poolSize(1).build())) {
            UserDao users = new UserDao(db);
            kill(target, db.inContext(() -> backendId(target, db)));
            User stored = assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> users.insert(new User("ada", null))));
            assertEquals("ada", stored.getUsername());
            kill(target, db.inContext(() -> backendId(target, db)));
            long viaJooq = db.inContext(() -> (long) db.session().dsl().fetchCount(UserTable.USER));
            assertEquals(1L, viaJooq, "code handed the connection directly gets a live one too");
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aQueryMethodsFirstStatementOnAKilledPooledConnectionRunsOnANewOne(TestDatabase target) throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().poolSize(1).build())) {
            TaskQueries queries = new TaskQueriesImpl(db);
            kill(target, db.inContext(() -> backendId(target, db)));
            assertEquals(0L, (long) assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> queries.countOf(7L))),
                    "a select");
            kill(target, db.inContext(() -> backendId(target, db)));
            assertEquals(0L, assertTimeoutPreemptively(BOUND, () -> db.inContext(queries::purgeDone)), "an update");
            kill(target, db.inContext(() -> backendId(target, db)));
            assertEquals(0L, (long) assertTimeoutPreemptively(BOUND, () -> db.inContext(() -> {
                try (Stream<Task> all = queries.all()) {
                    return all.count();
                }
            })), "a stream");
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aConnectionKilledAfterWorkWasSentIsNeverRetried(TestDatabase target) throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().poolSize(1).build())) {
            UserDao users = new UserDao(db);
            ConnectionLostException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(
                    ConnectionLostException.class, () -> db.inContext(() -> {
                        users.insert(new User("sent, then lost with the connection", null));
                        kill(target, backendId(target, db));
                        users.insert(new User("would have been retried", null));
                    })));
            assertTrue(e.getMessage().contains("nothing this context did"), e.getMessage());
            assertEquals(0L, (long) db.inContext(users::count), "nothing committed, nothing repeated");
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aStatementRunningLongerThanTheStatementTimeoutIsCancelledByTheDatabase(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().statementTimeout(Duration.ofSeconds(1)).build())) {
            UserDao users = new UserDao(db);
            // A row to filter, so that no database can skip the condition on an empty table.
            db.inContext(() -> users.insert(new User("ada", null)));
            String sleep = target == TestDatabase.POSTGRES ? "(select true from pg_sleep(5))" : "sleep(5) = 0";
            long started = System.nanoTime();
            QueryTimeoutException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(QueryTimeoutException.class,
                    () -> db.inContext(() -> users.where(DSL.condition(sleep)).list())));
            assertTrue(elapsed(started).compareTo(Duration.ofSeconds(4)) < 0, "took " + elapsed(started));
            assertTrue(e.getMessage().contains("statement timeout of 1 s"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void aDatabaseDroppedUnderThePoolNamesItsOwnReasonWithinTheAcquireTimeout(TestDatabase target) throws Exception {
        String name = "tablesmith_dropped_" + ProcessHandle.current().pid();
        try (Connection admin = target.adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name);
            sql.execute("CREATE DATABASE " + name);
            String url = target.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            try (Database db = target.builder(url).acquireTimeout(Duration.ofSeconds(1)).build()) {
                db.createAll();
                UserDao users = new UserDao(db);
                db.inContext(() -> users.insert(new User("ada", null)));
                sql.execute("DROP DATABASE " + name + " WITH (FORCE)");
                long started = System.nanoTime();
                ConnectionUnavailableException e = assertTimeoutPreemptively(BOUND,
                        () -> assertThrows(ConnectionUnavailableException.class, () -> db.inContext(users::count)));
                assertTrue(elapsed(started).compareTo(Duration.ofSeconds(6)) < 0, "took " + elapsed(started));
                assertTrue(e.getMessage().contains("acquire timeout of 1 s")
                        && e.getMessage().contains("\"" + name + "\" does not exist"), e.getMessage());
            } finally {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** The server's id of the connection the current context uses. */
    private static long backendId(TestDatabase target, Database db) throws SQLException {
        String sql = target == TestDatabase.POSTGRES ? "select pg_backend_pid()" : "select connection_id()";
        try (PreparedStatement ps = db.session().connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ends a backend as an operator would, and waits (bounded) until the server no longer lists it. */
    private static void kill(TestDatabase target, long backend) throws Exception {
        boolean postgres = target == TestDatabase.POSTGRES;
        try (Connection admin = target.adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute(postgres ? "select pg_terminate_backend(" + backend + ")" : "KILL CONNECTION " + backend);
            String alive = postgres ? "select count(*) from pg_stat_activity where pid = " + backend
                    : "select count(*) from information_schema.processlist where id = " + backend;
            for (int i = 0; i < 200; i++) {
                try (ResultSet rs = sql.executeQuery(alive)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("backend " + backend + " still alive after 2 s");
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}

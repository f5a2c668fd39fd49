package dev.tablesmith.exampleweb.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The load run's own connection to PostgreSQL, outside both services' pools: it seeds the same data before each
 * service's turn, and afterwards counts what must be zero — rows written by requests that failed, and server
 * connections of a service's pool that are still in a transaction or still exist after the pool closed.
 */
final class LoadFixture implements AutoCloseable {
    /** Usernames of the requests that fail on purpose start with this, and so do their todos' titles. */
    static final String DOOMED = "doomed-";

    private final Connection connection;
    private final String database;

    LoadFixture(LoadOptions options) throws SQLException {
        connection = DriverManager.getConnection(options.url(), options.user(), options.password());
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
    }

    /** Empties both tables, restarting their ids, and seeds users 1..n, each with {@code todosPerUser} todos. */
    void reset(LoadOptions options) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("truncate table \"todo\", \"user\" restart identity");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement users = connection.prepareStatement("insert into \"user\" (\"username\") values (?)");
                PreparedStatement todos = connection.prepareStatement(
                        "insert into \"todo\" (\"user_id\", \"title\", \"done\", \"created\") values (?, ?, ?, ?)")) {
            for (int user = 1; user <= options.users(); user++) {
                users.setString(1, "user-" + user);
                users.addBatch();
            }
            users.executeBatch();
            Timestamp created = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            for (int user = 1; user <= options.users(); user++) {
                for (int todo = 1; todo <= options.todosPerUser(); todo++) {
                    todos.setLong(1, user);
                    todos.setString(2, "seeded " + todo);
                    todos.setBoolean(3, todo % 3 == 0);
                    todos.setTimestamp(4, created);
                    todos.addBatch();
                }
            }
            todos.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("analyze \"user\", \"todo\"");
        }
    }

    /** The server's version, for the report. */
    String serverVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /** Rows that requests failing on purpose wrote and that were kept: users and todos named {@value #DOOMED}…. */
    long rowsFromFailedRequests() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select (select count(*) from \"user\" where \"username\" like '" + DOOMED + "%') "
                        + "+ (select count(*) from \"todo\" where \"title\" like '" + DOOMED + "%')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Server connections of the pool named {@code applicationName} that are in a transaction or a statement. */
    long busyConnections(String applicationName) throws SQLException {
        return connections(applicationName, "and state <> 'idle'");
    }

    /** Server connections of the pool named {@code applicationName}, in any state. */
    long connections(String applicationName) throws SQLException {
        return connections(applicationName, "");
    }

    private long connections(String applicationName, String condition) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from pg_stat_activity where "
                + "datname = ? and application_name = ? and pid <> pg_backend_pid() " + condition)) {
            ps.setString(1, database);
            ps.setString(2, applicationName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

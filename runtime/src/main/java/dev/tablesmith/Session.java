package dev.tablesmith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The unit of work of one context: one transaction per database it touches. A connection is taken from the pool
 * lazily, on first use, so a context that never touches the database costs none; it is given back when the context
 * ends, always, also after errors.
 *
 * <p>A session belongs to the context that opened it and is not safe for concurrent use.
 */
public final class Session {
    private final Database database;
    // A context that makes one DAO call should cost little more than the call. Most contexts touch one database
    // and run a few statements, so the first connection and the first statement live in plain fields, and the
    // maps for any further ones are allocated on first use (null until then); so are the maps of the jOOQ DSLs
    // and the changes for commit listeners, which most contexts never need.
    private String firstBind;
    private Connection firstConnection;
    /** Connections opened after the first, by bind, in the order they were opened (the order of commits). */
    private Map<String, Connection> moreConnections;
    private String firstStatementKey;
    private PreparedStatement firstStatement;
    private Map<String, PreparedStatement> moreStatements;
    private Map<String, DSLContext> dsls;
    private List<ModelChange> changes;
    private final List<RecordedQuery> recorded;
    private boolean ended;

    Session(Database database) {
        this.database = database;
        this.recorded = database.recordsQueries() ? new ArrayList<>() : null;
    }

    /** The connection to the default database, in this session's transaction. */
    public Connection connection() {
        return connection(Database.DEFAULT_BIND);
    }

    /** The connection to the named bind, in this session's transaction; opened on first use. */
    public Connection connection(String bind) {
        return bind.equals(firstBind) ? firstConnection : anotherConnection(bind);
    }

    private Connection anotherConnection(String bind) {
        Connection connection = moreConnections == null ? null : moreConnections.get(bind);
        if (connection == null) {
            connection = open(bind);
        }
        return connection;
    }

    /** A jOOQ context on the default database's connection: any jOOQ query, in this session's transaction. */
    public DSLContext dsl() {
        return dsl(Database.DEFAULT_BIND);
    }

    /** A jOOQ context on the named bind's connection, in this session's transaction. */
    public DSLContext dsl(String bind) {
        DSLContext dsl = dsls == null ? null : dsls.get(bind);
        if (dsl == null) {
            DefaultConfiguration configuration = new DefaultConfiguration();
            configuration.set(connection(bind)).set(database.bind(bind).dialect()).set(Dialects.settings());
            if (recorded != null) {
                configuration.set(new RecordingExecuteListener(this));
            }
            dsl = DSL.using(configuration);
            if (dsls == null) {
                dsls = new HashMap<>(2);
            }
            dsls.put(bind, dsl);
        }
        return dsl;
    }

    /** Commits the work done so far on every database this session touched, and tells the commit listeners. */
    public void commit() {
        checkOpen();
        if (firstConnection == null) {
            return;
        }
        commit(firstBind, firstConnection);
        if (moreConnections != null) {
            for (var entry : moreConnections.entrySet()) {
                commit(entry.getKey(), entry.getValue());
            }
        }
        if (changes != null && !changes.isEmpty()) {
            List<ModelChange> committed = List.copyOf(changes);
            changes.clear();
            database.fireCommitted(committed);
        }
    }

    private void commit(String bind, Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new TablesmithException("Commit failed on " + database.bind(bind).describe() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Rolls back the work done since the last commit on every database this session touched. */
    public void rollback() {
        checkOpen();
        changes = null;
        if (firstConnection == null) {
            return;
        }
        SQLException failure = rollback(firstConnection, null);
        if (moreConnections != null) {
            for (var connection : moreConnections.values()) {
                failure = rollback(connection, failure);
            }
        }
        if (failure != null) {
            throw new TablesmithException("Rollback failed: " + failure.getMessage(), failure);
        }
    }

    /** Rolls {@code connection} back; returns the first failure so far, with any later one suppressed in it. */
    private static SQLException rollback(Connection connection, SQLException failure) {
        try {
            connection.rollback();
            return failure;
        } catch (SQLException e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }

    /**
     * A prepared statement for {@code sql} on {@code bind}, reused for the rest of the session: the fixed DAO
     * statements run again and again within one unit of work. A given SQL text is always prepared the same way
     * (the DAOs ask for generated keys on their insert statements only), so on the default database the text
     * itself is the key: the DAOs pass the same cached {@code String} instances, so the first statement is found
     * by {@code equals}' identity check and the others by hash codes computed once, and the hot path builds no
     * key.
     */
    PreparedStatement prepare(String bind, String sql, String[] generatedKeys) throws SQLException {
        String key = bind.isEmpty() ? sql : bind + '\0' + sql;
        return key.equals(firstStatementKey) ? firstStatement
                : anotherStatement(key, bind, sql, generatedKeys);
    }

    private PreparedStatement anotherStatement(String key, String bind, String sql, String[] generatedKeys)
            throws SQLException {
        PreparedStatement statement = moreStatements == null ? null : moreStatements.get(key);
        if (statement == null) {
            Connection connection = connection(bind);
            statement = generatedKeys == null ? connection.prepareStatement(sql)
                    : prepareReturningKeys(connection, bind, sql, generatedKeys);
            if (firstStatement == null) {
                firstStatementKey = key;
                firstStatement = statement;
            } else {
                if (moreStatements == null) {
                    moreStatements = new HashMap<>(8);
                }
                moreStatements.put(key, statement);
            }
        }
        return statement;
    }

    private PreparedStatement prepareReturningKeys(Connection connection, String bind, String sql,
            String[] generatedKeys) throws SQLException {
        return switch (database.bind(bind).dialect()) {
            // These drivers return the key for RETURN_GENERATED_KEYS but reject column-name arrays.
            case MARIADB, MYSQL, SQLITE -> connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            default -> connection.prepareStatement(sql, generatedKeys);
        };
    }

    boolean recordsQueries() {
        return recorded != null;
    }

    /**
     * The start of a statement for its recorded duration: {@code System.nanoTime()} while queries are recorded, 0
     * otherwise. Reading the clock is a call into the kernel's time page, tens of nanoseconds, which is a visible
     * part of what a DAO call adds to hand-written JDBC on an in-memory database; it is only worth it when used.
     */
    long startTimer() {
        return recorded == null ? 0 : System.nanoTime();
    }

    /**
     * Records a statement that started at {@code startNanos} (from {@link #startTimer()}) and has just ended. Its
     * wall-clock start is derived from its duration, so the hot path reads one clock, and only while recording.
     */
    void record(String sql, List<Object> parameters, long startNanos) {
        if (recorded != null) {
            long elapsed = System.nanoTime() - startNanos;
            recorded.add(new RecordedQuery(sql, parameters,
                    java.time.Instant.ofEpochMilli(System.currentTimeMillis() - elapsed / 1_000_000),
                    java.time.Duration.ofNanos(elapsed), CallerLocation.find()));
        }
    }

    List<RecordedQuery> recordedQueries() {
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    void changed(ModelTable<?> table, Object entity, ModelChange.Kind kind) {
        if (database.hasCommitListeners()) {
            if (changes == null) {
                changes = new ArrayList<>();
            }
            changes.add(new ModelChange(table, entity, kind));
        }
    }

    /**
     * Ends the session: commits when asked to (rolling back if the commit fails), otherwise rolls back, and always
     * gives every connection back to its pool.
     *
     * @throws TablesmithException when the commit or the rollback failed
     */
    void end(boolean commit) {
        if (ended) {
            return;
        }
        RuntimeException failure = null;
        try {
            if (commit) {
                try {
                    commit();
                } catch (RuntimeException e) {
                    failure = e;
                    rollbackQuietly(e);
                }
            } else if (firstConnection != null) {
                rollback();
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            ended = true;
            changes = null;
            release(failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void rollbackQuietly(RuntimeException cause) {
        try {
            rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void release(RuntimeException failure) {
        if (moreStatements != null) {
            for (var statement : moreStatements.values()) {
                closeQuietly(statement, failure);
            }
            moreStatements = null;
        }
        if (firstStatement != null) {
            closeQuietly(firstStatement, failure);
            firstStatement = null;
            firstStatementKey = null;
        }
        if (moreConnections != null) {
            for (var connection : moreConnections.values()) {
                closeQuietly(connection, failure);
            }
            moreConnections = null;
        }
        if (firstConnection != null) {
            closeQuietly(firstConnection, failure);
            firstConnection = null;
            firstBind = null;
        }
        dsls = null;
    }

    /** Closes {@code resource}; a failure to close is added to {@code failure}, if any, and otherwise dropped. */
    private static void closeQuietly(AutoCloseable resource, RuntimeException failure) {
        try {
            resource.close();
        } catch (Exception e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private Connection open(String bind) {
        checkOpen();
        Bind target = database.bind(bind);
        try {
            Connection connection = target.dataSource().getConnection();
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (firstConnection == null) {
                firstBind = bind;
                firstConnection = connection;
            } else {
                if (moreConnections == null) {
                    moreConnections = new LinkedHashMap<>(2);
                }
                moreConnections.put(bind, connection);
            }
            return connection;
        } catch (SQLException e) {
            throw new TablesmithException("Could not get a connection to " + target.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("This session's context has ended; open a new context with "
                    + "db.inContext(...) and use db.session() inside it");
        }
    }
}

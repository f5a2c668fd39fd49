package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A session's transaction on one database: the connection it took from that database's pool, with autocommit off.
 * Begun on the session's first use of the database, ended by {@link Session}'s commit, rollback or end.
 */
final class BindTransaction {
    final String name;
    final Bind bind;
    final Connection connection;
    /**
     * The statement failure that aborted this transaction, on a database where a failed statement does so
     * (PostgreSQL: every later statement fails, and COMMIT silently rolls back); null while it can still commit.
     */
    SQLException abortedBy;
    /** Whether this transaction made a caller-owned connection read-only, which it must undo before giving it back. */
    private boolean resetReadOnly;

    private BindTransaction(Bind bind, Connection connection) {
        this.name = bind.name();
        this.bind = bind;
        this.connection = connection;
    }

    /** A transaction on {@code connection}, taken from {@code bind}'s pool and already out of autocommit. */
    static BindTransaction on(Bind bind, Connection connection) {
        return new BindTransaction(bind, connection);
    }

    /**
     * Takes a connection from {@code bind}'s pool and begins a transaction on it. Some drivers (MariaDB's) talk to
     * the server to leave autocommit; a connection that turns out dead there is replaced, a bounded number of times.
     *
     * @throws SQLException when no connection could be had, or it refused to leave autocommit
     */
    static BindTransaction begin(Bind bind, int attempts) throws SQLException {
        return begin(bind, attempts, false);
    }

    /**
     * Like {@link #begin(Bind, int)}; a {@code readOnly} transaction is one the database refuses to write in, where
     * it can (PostgreSQL and MariaDB/MySQL: H2 and SQLite take the flag as a hint only).
     */
    static BindTransaction begin(Bind bind, int attempts, boolean readOnly) throws SQLException {
        for (int attempt = 1;; attempt++) {
            Connection connection = bind.dataSource().getConnection();
            try {
                connection.setAutoCommit(false);
                BindTransaction transaction = new BindTransaction(bind, connection);
                if (readOnly) {
                    transaction.readOnly();
                }
                return transaction;
            } catch (SQLException e) {
                if (attempt < attempts && SqlErrors.classify(e) == SqlErrors.Failure.CONNECTION_LOST) {
                    bind.discard(connection);
                    bind.evictIdleConnections();
                } else {
                    closeAfter(connection, e);
                    throw e;
                }
            }
        }
    }

    private void readOnly() throws SQLException {
        switch (bind.dialect().family()) {
            case POSTGRES, MARIADB, MYSQL -> {
                connection.setReadOnly(true);
                // Tablesmith's pools undo it themselves when the connection comes back; a caller's may not.
                resetReadOnly = bind.ownedPool() == null;
            }
            default -> {
                // SQLite fixes it when a connection opens, and H2 ignores it.
            }
        }
    }

    void commit() throws SQLException {
        connection.commit();
        abortedBy = null;
    }

    /** Commits, and returns the position of the commit in the database's log, in the same round trip (PostgreSQL). */
    long commitReturningPosition() throws SQLException {
        long position = ReplicationProbe.commitReturningPosition(connection);
        abortedBy = null;
        return position;
    }

    void rollback() throws SQLException {
        abortedBy = null;
        connection.rollback();
    }

    /** Whether a failed statement aborts the whole transaction on this database, as on PostgreSQL. */
    boolean abortsOnFailure() {
        return bind.dialect().family() == org.jooq.SQLDialect.POSTGRES;
    }

    /**
     * Asks the database whether the transaction was aborted by a statement Tablesmith did not see fail (one run on
     * a connection handed to the application); one round trip, on PostgreSQL only.
     */
    void checkNotAborted() {
        if (abortedBy != null || !abortsOnFailure()) {
            return;
        }
        try (java.sql.Statement probe = connection.createStatement()) {
            probe.execute("SELECT 1");
        } catch (SQLException e) {
            abortedBy = e;
        }
    }

    Savepoint setSavepoint() throws SQLException {
        return connection.setSavepoint();
    }

    void rollbackTo(Savepoint savepoint) throws SQLException {
        connection.rollback(savepoint);
    }

    void release(Savepoint savepoint) throws SQLException {
        connection.releaseSavepoint(savepoint);
    }

    /** Gives the connection back to its pool; the caller has committed or rolled back. */
    void close() throws SQLException {
        if (resetReadOnly) {
            try {
                connection.setReadOnly(false);
            } catch (SQLException e) {
                bind.discard(connection);
                throw e;
            }
        }
        connection.close();
    }

    /** Gives up a connection found dead, and the pool's idle ones with it. */
    void discard() {
        bind.discard(connection);
        bind.evictIdleConnections();
    }

    private static void closeAfter(Connection connection, SQLException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

package dev.tablesmith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;

/**
 * What each database says about replication, in its own terms. PostgreSQL has positions: the write-ahead log
 * position (LSN) its commits reach on the primary, and how far a standby has replayed. MariaDB/MySQL replicas report
 * only a lag in seconds. Other databases have no replicas to ask; their replicas are checked by a connection alone.
 */
enum ReplicationProbe {
    POSTGRES,
    MARIADB,
    OTHER;

    /**
     * The end of the last record in the primary's log, as a number of bytes. {@code pg_current_wal_insert_lsn()}
     * points where the next record goes: on a fresh page that is past the page's header (24 bytes, or 40 on the first
     * page of a segment), which no standby ever reports having replayed, since replay positions are the ends of
     * records. Without taking the header back off, a read would wait in vain for a standby that has replayed
     * everything. (The insert position, not the write position: with {@code synchronous_commit = off} a commit returns
     * before its record is written.)
     */
    private static final String LOG_END = "SELECT (l - '0/0') - CASE"
            + " WHEN (l - '0/0') % pg_size_bytes(current_setting('wal_segment_size')) = 40 THEN 40"
            + " WHEN (l - '0/0') % current_setting('wal_block_size')::int = 24 THEN 24 ELSE 0 END"
            + " FROM (SELECT pg_current_wal_insert_lsn() AS l) AS insert_position";

    /**
     * Commits, then reads the end of the primary's log, in one round trip: every commit before this point, this one
     * included, is at or before it.
     */
    static final String COMMIT_RETURNING_POSITION = "COMMIT; " + LOG_END;

    /**
     * How far a server has applied the primary's log: a standby's replay position, or, for a server that is not in
     * recovery (a replica URL that reaches the primary itself), the end of its own log.
     */
    private static final String REPLAYED = "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() - '0/0'"
            + " ELSE (" + LOG_END + ") END";

    static ReplicationProbe of(SQLDialect dialect) {
        return switch (dialect.family()) {
            case POSTGRES -> POSTGRES;
            case MARIADB, MYSQL -> MARIADB;
            default -> OTHER;
        };
    }

    /** Whether this database has commit positions, so that reads can wait for a replica to reach one. */
    boolean hasPositions() {
        return this == POSTGRES;
    }

    /** The end of the primary's log now (PostgreSQL). */
    long primaryPosition(Connection connection) throws SQLException {
        return position(connection, LOG_END);
    }

    /** How far {@code connection}'s server has replayed the primary's log (PostgreSQL); 0 when it cannot say. */
    long replayed(Connection connection) throws SQLException {
        return position(connection, REPLAYED);
    }

    /**
     * A MariaDB/MySQL replica's lag in seconds ({@code Seconds_Behind_Master}): 0 for a server that replicates from
     * nothing, -1 when replication is configured but not running.
     */
    long secondsBehind(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW SLAVE STATUS")) {
            if (!rows.next()) {
                return 0;
            }
            long seconds = rows.getLong("Seconds_Behind_Master");
            return rows.wasNull() ? -1 : seconds;
        }
    }

    /**
     * The position {@code sql} reads, a number of bytes into the log; 0 for none. Prepared, so that PostgreSQL's
     * driver keeps it parsed on the server for the connection's next use.
     */
    private static long position(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Runs {@link #COMMIT_RETURNING_POSITION} on {@code connection} and returns the position it read. It costs the
     * commit's own round trip only; prepared, the driver does not have the server parse it again on every commit.
     */
    static long commitReturningPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COMMIT_RETURNING_POSITION)) {
            boolean rows = statement.execute();
            while (!rows) {
                if (statement.getUpdateCount() == -1) {
                    throw new SQLException("The commit's log position did not come back from \""
                            + COMMIT_RETURNING_POSITION + "\"");
                }
                rows = statement.getMoreResults();
            }
            try (ResultSet position = statement.getResultSet()) {
                position.next();
                return position.getLong(1);
            }
        }
    }
}

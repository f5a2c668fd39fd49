package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.SqlErrors.Failure;
import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

/** How each driver's failures are classified, from the SQL states and codes the drivers really report. */
class SqlErrorsTest {

    @Test
    void lockTimeoutsOfEveryDatabase() {
        assertEquals(Failure.LOCK_TIMEOUT, SqlErrors.classify(new SQLException("canceling statement due to lock "
                + "timeout", "55P03")));
        assertEquals(Failure.LOCK_TIMEOUT, SqlErrors.classify(new SQLException("Lock wait timeout exceeded", "HY000",
                1205)));
        assertEquals(Failure.LOCK_TIMEOUT, SqlErrors.classify(new SQLException("Timeout trying to lock table {0}",
                "HYT00", 50200)));
    }

    @Test
    void statementTimeoutsOfEveryDatabase() {
        assertEquals(Failure.STATEMENT_TIMEOUT, SqlErrors.classify(new SQLException("canceling statement due to "
                + "statement timeout", "57014")));
        assertEquals(Failure.STATEMENT_TIMEOUT, SqlErrors.classify(new SQLException("Query execution was interrupted "
                + "(max_statement_time exceeded)", "70100", 1969)));
        assertEquals(Failure.STATEMENT_TIMEOUT, SqlErrors.classify(new SQLTimeoutException("timed out")));
    }

    @Test
    void lostConnectionsOfEveryDatabase() {
        assertEquals(Failure.CONNECTION_LOST, SqlErrors.classify(new SQLException("FATAL: terminating connection "
                + "due to administrator command", "57P01")));
        assertEquals(Failure.CONNECTION_LOST, SqlErrors.classify(new SQLException("An I/O error occurred while "
                + "sending to the backend.", "08006", 0, new SocketTimeoutException("Read timed out"))));
        assertEquals(Failure.CONNECTION_LOST, SqlErrors.classify(new SQLNonTransientConnectionException("(conn=7) "
                + "Socket error", "HY000", 0, new EOFException("socket was closed by server"))));
        assertEquals(Failure.CONNECTION_LOST, SqlErrors.classify(new SQLException("Connection was killed", "70100",
                1927)));
    }

    @Test
    void writesRefusedInReadOnlyTransactionsOfBothServers() {
        assertEquals(Failure.READ_ONLY, SqlErrors.classify(new SQLException("ERROR: cannot execute INSERT in a "
                + "read-only transaction", "25006")));
        assertEquals(Failure.READ_ONLY, SqlErrors.classify(new SQLException("(conn=3025) Cannot execute statement in "
                + "a READ ONLY transaction", "25006", 1792)));
    }

    @Test
    void constraintsStayConstraintsAndTheRestIsOther() {
        assertEquals(Failure.CONSTRAINT, SqlErrors.classify(new SQLException("duplicate key value", "23505")));
        assertEquals(Failure.OTHER, SqlErrors.classify(new SQLException("syntax error", "42601")));
        assertEquals(Failure.OTHER, SqlErrors.classify(new SQLException("no state")));
    }

    @Test
    void constraintNamesAsEachDriverReportsThem() {
        assertEquals("user_username_key", SqlErrors.constraintName("ERROR: duplicate key value violates unique "
                + "constraint \"user_username_key\"\n  Detail: Key (username)=(ada) already exists."));
        assertEquals("user_username_key", SqlErrors.constraintName("(conn=5) Duplicate entry 'ada' for key "
                + "'user_username_key'"));
        assertEquals("user_username_key", SqlErrors.constraintName("Duplicate entry 'ada' for key "
                + "'user.user_username_key'"));
        assertEquals("post_author_id_fkey", SqlErrors.constraintName("Cannot add or update a child row: a foreign key "
                + "constraint fails (`test`.`post`, CONSTRAINT `post_author_id_fkey` FOREIGN KEY (`author_id`) "
                + "REFERENCES `user` (`id`))"));
        assertEquals("POST_AUTHOR_ID_FKEY", SqlErrors.constraintName("Referential integrity constraint violation: "
                + "\"POST_AUTHOR_ID_FKEY: PUBLIC.POST FOREIGN KEY(AUTHOR_ID) REFERENCES PUBLIC.\"user\"(ID) (1)\""));
        assertEquals("user_username_key", SqlErrors.constraintName("Unique index or primary key violation: "
                + "\"PUBLIC.user_username_key INDEX PUBLIC.user_username_key_INDEX_3 ON PUBLIC.\"user\"(username "
                + "NULLS FIRST) VALUES ( /* 1 */ 'ada' )\""));
        assertEquals("todo_user_id_title_key", SqlErrors.constraintName("Unique index or primary key violation: "
                + "\"PUBLIC.todo_user_id_title_key ON PUBLIC.todo(user_id NULLS FIRST, title NULLS FIRST) VALUES "
                + "( /* 3 */ 1, 'buy milk' )\""));
        assertEquals(null, SqlErrors.constraintName("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: user.username)"));
        assertEquals(null, SqlErrors.constraintName(null));
    }
}

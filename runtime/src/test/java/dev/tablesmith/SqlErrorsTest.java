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
    void constraintsStayConstraintsAndTheRestIsOther() {
        assertEquals(Failure.CONSTRAINT, SqlErrors.classify(new SQLException("duplicate key value", "23505")));
        assertEquals(Failure.OTHER, SqlErrors.classify(new SQLException("syntax error", "42601")));
        assertEquals(Failure.OTHER, SqlErrors.classify(new SQLException("no state")));
    }
}

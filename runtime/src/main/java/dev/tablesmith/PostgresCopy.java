package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * pgjdbc's {@code COPY … FROM STDIN}, the one place Tablesmith touches the PostgreSQL driver's own API. pgjdbc is an
 * optional dependency: without it, or with another PostgreSQL driver, {@link #supports} says no and
 * {@link CopyInsert} is not used.
 *
 * <p>The socket timeout bounds the driver's reads only. A COPY mostly writes, and a server that stops reading (hung,
 * or a dead network path) would leave a write blocked for as long as the operating system keeps the connection. So
 * each write is bounded here too: one that has not returned within the connection's network timeout (the socket
 * timeout) aborts the connection, which ends the write with the driver's lost-connection error.
 */
final class PostgresCopy {
    /** Aborts connections whose write ran out of time; its one daemon thread is started on first use. */
    private static final class Watchdog {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("tablesmith-copy-watchdog").factory());
    }

    private PostgresCopy() {
    }

    /** Rows to send, in chunks of COPY data written to the given sink. */
    @FunctionalInterface
    interface Rows {
        void writeTo(Sink sink) throws SQLException;
    }

    /** Takes the first {@code length} bytes of {@code bytes} as COPY data. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;
    }

    /** A step of the COPY that may block on the socket. */
    @FunctionalInterface
    private interface Step<R> {
        R run() throws SQLException;
    }

    /** Whether {@code connection} (possibly the pool's proxy) is pgjdbc's, and pgjdbc is readable from here. */
    static boolean supports(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    /**
     * Runs {@code copy} on {@code connection}, sending {@code rows}, and returns the number of rows the server
     * stored. A failure while sending ends the COPY with an error, so the server keeps none of its rows.
     */
    static long copyIn(Connection connection, String copy, Rows rows) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        Connection driver = connection.unwrap(Connection.class);
        int timeoutMillis = connection.getNetworkTimeout();
        CopyIn in = pg.getCopyAPI().copyIn(copy);
        try {
            rows.writeTo((bytes, length) -> bounded(driver, timeoutMillis, () -> {
                in.writeToCopy(bytes, 0, length);
                return null;
            }));
            return bounded(driver, timeoutMillis, in::endCopy);
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw e;
        }
    }

    /** Runs {@code step}, aborting {@code driver} if it has not returned within {@code timeoutMillis} (0: never). */
    private static <R> R bounded(Connection driver, int timeoutMillis, Step<R> step) throws SQLException {
        if (timeoutMillis <= 0) {
            return step.run();
        }
        ScheduledFuture<?> abort = Watchdog.TIMER.schedule(() -> abort(driver), timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            return step.run();
        } finally {
            abort.cancel(false);
        }
    }

    /** Closes the connection's socket, from this thread, so that a write blocked on it fails at once. */
    private static void abort(Connection driver) {
        try {
            driver.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // The connection is already closed or broken: the blocked write fails by itself.
        }
    }
}

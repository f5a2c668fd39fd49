package dev.tablesmith;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs statements through SLF4J's {@code dev.tablesmith.sql} logger (Flask-SQLAlchemy's {@code SQLALCHEMY_ECHO}):
 * every statement with its parameters, duration and calling line at DEBUG, and statements slower than a threshold
 * at WARN. A session asks once, when it opens, whether anything is to be logged; when nothing is, it reads no clock
 * and builds nothing per statement.
 */
final class SqlLog {
    static final Logger LOGGER = LoggerFactory.getLogger("dev.tablesmith.sql");

    private final boolean debug;
    private final long slowNanos;
    private final Duration slowThreshold;

    private SqlLog(boolean debug, Duration slowThreshold) {
        this.debug = debug;
        this.slowThreshold = slowThreshold;
        this.slowNanos = slowThreshold == null ? Long.MAX_VALUE : slowThreshold.toNanos();
    }

    /** The log of a session that opens now, or null when neither DEBUG nor a slow-statement WARN is on. */
    static SqlLog forSession(Duration slowThreshold) {
        boolean debug = LOGGER.isDebugEnabled();
        boolean slow = slowThreshold != null && LOGGER.isWarnEnabled();
        return debug || slow ? new SqlLog(debug, slow ? slowThreshold : null) : null;
    }

    /** Whether a statement that took {@code elapsedNanos} is logged, and so needs its calling line. */
    boolean logs(long elapsedNanos) {
        return debug || elapsedNanos >= slowNanos;
    }

    void statement(String sql, List<Object> parameters, long elapsedNanos, String location) {
        if (elapsedNanos >= slowNanos) {
            LOGGER.warn("Slow statement ({} ms, over the {} threshold): {} {} at {}", millis(elapsedNanos),
                    Timeouts.describe(slowThreshold), sql, parameters, location);
        } else if (debug) {
            LOGGER.debug("{} ms: {} {} at {}", millis(elapsedNanos), sql, parameters, location);
        }
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}

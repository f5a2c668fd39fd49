package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;

/**
 * What a session does with each statement when statements are observed: records it for
 * {@link Database#recordedQueries()} and logs it on the SQL log. A session that is not observed has none, so its
 * statements read no clock and build no parameter lists.
 */
final class StatementObserver {
    private final List<RecordedQuery> recorded;
    private final SqlLog log;

    private StatementObserver(List<RecordedQuery> recorded, SqlLog log) {
        this.recorded = recorded;
        this.log = log;
    }

    /** The observer of a session that opens now, or null when nothing is to be recorded or logged. */
    static StatementObserver forSession(QueryObservation observation) {
        SqlLog log = SqlLog.forSession(observation.slowThreshold());
        return observation.record() || log != null
                ? new StatementObserver(observation.record() ? new ArrayList<>() : null, log) : null;
    }

    /**
     * Records and logs a statement that took {@code elapsedNanos} and has just ended. Its wall-clock start is derived
     * from its duration, so the statement reads one clock; the calling line is found only when something shows it.
     */
    void statement(String sql, List<Object> parameters, long elapsedNanos) {
        boolean logged = log != null && log.logs(elapsedNanos);
        if (recorded == null && !logged) {
            return;
        }
        String location = CallerLocation.find();
        if (recorded != null) {
            recorded.add(new RecordedQuery(sql, parameters,
                    java.time.Instant.ofEpochMilli(System.currentTimeMillis() - elapsedNanos / 1_000_000),
                    java.time.Duration.ofNanos(elapsedNanos), location));
        }
        if (logged) {
            log.statement(sql, parameters, elapsedNanos, location);
        }
    }

    List<RecordedQuery> recorded() {
        return recorded == null ? List.of() : List.copyOf(recorded);
    }
}

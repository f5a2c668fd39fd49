package dev.tablesmith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A statement executed in the current context, as returned by {@link Database#recordedQueries()}
 * (Flask-SQLAlchemy's {@code get_recorded_queries()}).
 *
 * @param statement  the SQL with {@code ?} placeholders
 * @param parameters the bound values, in order (for a batch, those of its first row)
 * @param start      when execution started
 * @param duration   how long it took
 * @param location   {@code "File.java:42 (method)"} of the first calling frame in application code, or
 *                   {@code "<unknown>"}
 */
public record RecordedQuery(String statement, List<Object> parameters, Instant start, Duration duration,
        String location) {
    public RecordedQuery {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }
}

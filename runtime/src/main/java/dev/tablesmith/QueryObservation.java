package dev.tablesmith;

import java.time.Duration;

/**
 * How a database's sessions observe their statements: whether they record them for
 * {@link Database#recordedQueries()}, and from which duration the SQL log warns of a slow one (null: never).
 */
record QueryObservation(boolean record, Duration slowThreshold) {
}

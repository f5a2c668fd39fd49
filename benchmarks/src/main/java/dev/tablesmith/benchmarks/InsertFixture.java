package dev.tablesmith.benchmarks;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The {@link Fixture} for the insert benchmarks, which also deletes the inserted rows after every invocation. An
 * invocation thus always inserts into the seeded {@value Fixture#ROWS}-row table, and every variant does the same
 * work per row. Without it the table would grow through an iteration by as many rows as the variant managed to
 * insert, so a faster variant would be measured against a bigger table (and, on H2 in memory, a bigger heap).
 */
@State(Scope.Benchmark)
public class InsertFixture extends Fixture {
    /**
     * Rows {@code insertOne} inserts per invocation, one transaction each: an invocation then takes long enough
     * (a millisecond or more) for JMH's per-invocation clean-up not to disturb the measurement.
     */
    public static final int SINGLE_INSERTS = 100;

    @TearDown(Level.Invocation)
    public void deleteInvocationRows() throws SQLException {
        deleteInserted();
    }
}

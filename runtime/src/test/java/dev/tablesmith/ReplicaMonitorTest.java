package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

/** Lag is the age of the oldest primary position a replica has not replayed, whatever the clock says. */
class ReplicaMonitorTest {

    @Test
    void aReplicaThatReplayedEverySampleHasNoLagHoweverOldTheSamples() {
        ArrayDeque<long[]> history = new ArrayDeque<>();
        long now = System.nanoTime();
        history.add(new long[] {now - 60_000_000_000L, 100});
        history.add(new long[] {now - 30_000_000_000L, 200});
        assertEquals(0, ReplicaMonitor.lag(history, 200));
        assertEquals(0, ReplicaMonitor.lag(history, 250));
    }

    @Test
    void aReplicaLagsByTheAgeOfTheOldestSampleItHasNotReplayed() {
        ArrayDeque<long[]> history = new ArrayDeque<>();
        long now = System.nanoTime();
        history.add(new long[] {now - 3_000_000_000L, 100});
        history.add(new long[] {now - 2_000_000_000L, 200});
        history.add(new long[] {now - 1_000_000_000L, 300});
        long lag = ReplicaMonitor.lag(history, 150);
        assertTrue(lag >= 2_000_000_000L && lag < 2_500_000_000L, "lag " + lag);
        long behindAll = ReplicaMonitor.lag(history, 50);
        assertTrue(behindAll >= 3_000_000_000L && behindAll < 3_500_000_000L, "lag " + behindAll);
    }

    @Test
    void positionsCompareUnsignedAsPostgresqlsDo() {
        ArrayDeque<long[]> history = new ArrayDeque<>();
        history.add(new long[] {System.nanoTime() - 1_000_000_000L, 0x8000_0000_0000_0010L});
        assertTrue(ReplicaMonitor.lag(history, 0x7FFF_FFFF_FFFF_FFFFL) > 0);
        assertEquals(0, ReplicaMonitor.lag(history, 0x8000_0000_0000_0010L));
    }
}

package dev.tablesmith.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statistics behind the paired runs' published ratios. */
class RatioSummaryTest {

    @Test
    void identicalRoundsGiveThatRatioWithNoUncertainty() {
        RatioSummary summary = RatioSummary.of(new double[] {1.05, 1.05, 1.05});
        assertEquals(1.05, summary.geometricMean(), 1e-12);
        assertEquals(1.05, summary.low(), 1e-12);
        assertEquals(1.05, summary.high(), 1e-12);
    }

    @Test
    void ratiosAverageOnALogScale() {
        // Twice as slow in one round and twice as fast in the other is parity, not 1.25×.
        RatioSummary summary = RatioSummary.of(new double[] {2.0, 0.5});
        assertEquals(1.0, summary.geometricMean(), 1e-12);
        assertEquals(0.5, summary.min());
        assertEquals(2.0, summary.max());
    }

    @Test
    void intervalUsesStudentsTOverTheLogRatios() {
        // Log-ratios ln 0.9, 0, ln(1/0.9): mean 0, standard deviation -ln 0.9, standard error -ln 0.9 / sqrt 3;
        // Student's t for 2 degrees of freedom at 97.5 % is 4.302653 (printed tables: 4.303).
        RatioSummary summary = RatioSummary.of(new double[] {0.9, 1.0, 1 / 0.9});
        double halfWidth = 4.302653 * -Math.log(0.9) / Math.sqrt(3);
        assertEquals(1.0, summary.geometricMean(), 1e-12);
        assertEquals(Math.exp(-halfWidth), summary.low(), 1e-6);
        assertEquals(Math.exp(halfWidth), summary.high(), 1e-6);
        assertEquals("1.00× (0.77–1.30)", summary.format());
    }

    @Test
    void moreRoundsOfTheSameSpreadNarrowTheInterval() {
        RatioSummary three = RatioSummary.of(new double[] {0.95, 1.0, 1.05});
        RatioSummary nine = RatioSummary.of(new double[] {0.95, 1.0, 1.05, 0.95, 1.0, 1.05, 0.95, 1.0, 1.05});
        assertTrue(nine.high() - nine.low() < (three.high() - three.low()) / 2,
                () -> "3 rounds: " + three.format() + ", 9 rounds: " + nine.format());
    }

    @Test
    void rejectsWhatCannotBeSummarised() {
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> RatioSummary.of(new double[] {1.0}));
        assertTrue(single.getMessage().contains("at least 2 rounds"), single.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> RatioSummary.of(new double[] {1.0, 0.0}));
        assertTrue(zero.getMessage().contains("positive and finite"), zero.getMessage());
    }
}

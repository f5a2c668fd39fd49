package dev.tablesmith.benchmarks;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Paired rounds' ratios of one variant's time to the floor's, summarised. Ratios multiply, so they are averaged on
 * a log scale: the geometric mean, with a 95 % confidence interval from Student's t over the rounds' log-ratios.
 * A round measures both variants close together in time, so whatever slows the machine for a while slows both,
 * and the ratio keeps what the variants themselves differ by.
 *
 * @param geometricMean the ratio's geometric mean over the rounds
 * @param low the 95 % confidence interval's lower end
 * @param high the 95 % confidence interval's upper end
 * @param min the smallest round's ratio
 * @param max the largest round's ratio
 */
record RatioSummary(double geometricMean, double low, double high, double min, double max) {

    /** Summarises at least two rounds' ratios. */
    static RatioSummary of(double[] ratios) {
        if (ratios.length < 2) {
            throw new IllegalArgumentException("A confidence interval needs at least 2 rounds, got " + ratios.length);
        }
        SummaryStatistics logRatios = new SummaryStatistics();
        for (double ratio : ratios) {
            if (!(ratio > 0) || Double.isInfinite(ratio)) {
                throw new IllegalArgumentException("A ratio of times must be positive and finite, got " + ratio);
            }
            logRatios.addValue(Math.log(ratio));
        }
        int n = ratios.length;
        double mean = logRatios.getMean();
        double standardError = logRatios.getStandardDeviation() / Math.sqrt(n);
        double halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * standardError;
        return new RatioSummary(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth),
                Arrays.stream(ratios).min().getAsDouble(), Arrays.stream(ratios).max().getAsDouble());
    }

    /** {@code 1.02× (0.98–1.06)}: the geometric mean and its confidence interval. */
    String format() {
        return String.format(java.util.Locale.ROOT, "%.2f× (%.2f–%.2f)", geometricMean, low, high);
    }
}

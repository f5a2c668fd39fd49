package dev.tablesmith.exampleweb.load;

import java.util.Locale;

/**
 * The rounds' ratios of the service's throughput to the baseline's, summarised as the benchmarks module's paired
 * runs summarise theirs: ratios multiply, so they are averaged on a log scale, giving the geometric mean with a 95 %
 * confidence interval from Student's t over the rounds' log-ratios. A round runs both services close together in
 * time, so a slow spell of the shared machine slows both, and the ratio keeps what the services differ by.
 *
 * @param mean the geometric mean; {@code low} and {@code high} the interval's ends (equal to it for one round)
 */
record Ratio(double mean, double low, double high) {
    /** Student's t at 97.5 % for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    static Ratio of(double[] ratios) {
        int n = ratios.length;
        double sum = 0;
        for (double ratio : ratios) {
            if (!(ratio > 0) || Double.isInfinite(ratio)) {
                throw new IllegalArgumentException("a ratio of throughputs must be positive and finite, got " + ratio);
            }
            sum += Math.log(ratio);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Ratio(Math.exp(mean), Math.exp(mean), Math.exp(mean));
        }
        double squares = 0;
        for (double ratio : ratios) {
            squares += (Math.log(ratio) - mean) * (Math.log(ratio) - mean);
        }
        double t = n - 1 <= T975.length ? T975[n - 2] : 1.96;
        double halfWidth = t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        return new Ratio(Math.exp(mean), Math.exp(mean - halfWidth), Math.exp(mean + halfWidth));
    }

    /** {@code 0.97× (0.94–1.00)}. */
    String format() {
        return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", mean, low, high);
    }
}

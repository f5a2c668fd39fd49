package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs {@link BulkInsertBenchmark} in paired rounds, as {@link PairedRuns} does for the single operations: every
 * round runs one fork of each variant back to back, in rotating order, and the ratios to the JDBC batch are taken
 * within the round. Writes a Markdown table to {@code target/bulk-insert.md}.
 *
 * <p>Arguments: {@code --rounds 6 --warmups 5 --iterations 5}, every one optional.
 */
public final class BulkInsertRuns {
    private static final List<String> VARIANTS = List.of("jdbcBatch", "dao", "copy");
    private static final List<String> LABELS = List.of("JDBC batch, ids read back", "Tablesmith insertAll",
            "COPY FROM STDIN (no ids)");

    private BulkInsertRuns() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        int rounds = 6;
        int warmups = 5;
        int iterations = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--rounds" -> rounds = Math.max(2, value);
                case "--warmups" -> warmups = Math.max(0, value);
                case "--iterations" -> iterations = Math.max(1, value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; known: --rounds, --warmups, --iterations");
            }
        }
        double[][] scores = new double[rounds][VARIANTS.size()];
        for (int round = 0; round < rounds; round++) {
            for (int position = 0; position < VARIANTS.size(); position++) {
                int variant = (round + position) % VARIANTS.size();
                scores[round][variant] = PairedRuns.measureFork("BulkInsertBenchmark." + VARIANTS.get(variant),
                        "server", "postgres", warmups, iterations);
                System.out.printf(Locale.ROOT, "round %d/%d %s: %.2f ms%n", round + 1, rounds, VARIANTS.get(variant),
                        scores[round][variant]);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d rows in one transaction on "
                + "PostgreSQL; %d rounds of one fork per variant, %d × 1 s warm-up and %d × 1 s measured; ratios of "
                + "the JDBC batch's time to each variant's (higher is faster): geometric mean (95 %% confidence "
                + "interval)%n%n| variant | ms per %d rows (median) | speed-up over the JDBC batch |%n|---|---:|---:|%n",
                BulkInsertFixture.ROWS, rounds, warmups, iterations, BulkInsertFixture.ROWS));
        double[] batch = column(scores, 0);
        for (int variant = 0; variant < VARIANTS.size(); variant++) {
            double[] times = column(scores, variant);
            double[] speedUps = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                speedUps[round] = batch[round] / times[round];
            }
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", LABELS.get(variant),
                    new Median().evaluate(times), RatioSummary.of(speedUps).format()));
        }
        System.out.println();
        System.out.print(report);
        Path out = Path.of("target", "bulk-insert.md");
        Files.writeString(out, report);
        System.out.println("\nWritten to " + out.toAbsolutePath());
    }

    private static double[] column(double[][] scores, int variant) {
        return Arrays.stream(scores).mapToDouble(round -> round[variant]).toArray();
    }
}

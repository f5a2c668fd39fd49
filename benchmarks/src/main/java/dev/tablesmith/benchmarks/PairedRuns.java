package dev.tablesmith.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures the DAO and jOOQ's DSL against hand-written JDBC in paired rounds, for ratios a shared machine can
 * settle. A plain JMH run measures all forks of one benchmark before the next, so a slow spell of the machine or of
 * the database server lands on one variant only; on a 2-core machine running PostgreSQL beside the JVM, that moves
 * a score by 20–30 %. Here every round runs one JMH fork of each variant back to back, rotating their order, and
 * the ratio is taken within the round; {@link RatioSummary} then averages the rounds.
 *
 * <p>Arguments: {@code --rounds 8 --databases h2,postgres --operations insertOne,findById --warmups 5
 * --iterations 5 --out target/paired-runs.md}, every one optional.
 */
public final class PairedRuns {
    private static final List<String> VARIANTS = List.of("JdbcBenchmark", "DaoBenchmark", "JooqBenchmark");

    private PairedRuns() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Arguments arguments = Arguments.parse(args);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d rounds; a round is one fork of each variant, %d × 1 s warm-up "
                + "and %d × 1 s measured; ratios to JDBC: geometric mean (95 %% confidence interval)%n%n",
                arguments.rounds, arguments.warmups, arguments.iterations));
        report.append("| operation | database | JDBC µs/op (median) | Tablesmith DAO | jOOQ DSL | DAO per round |\n");
        report.append("|---|---|---:|---:|---:|---|\n");
        for (String database : arguments.databases) {
            for (String operation : arguments.operations) {
                report.append(compare(operation, database, arguments)).append('\n');
            }
        }
        System.out.println();
        System.out.print(report);
        Files.writeString(arguments.out, report);
        System.out.println("\nWritten to " + arguments.out.toAbsolutePath());
    }

    /** Runs the rounds for one operation on one database and returns its table row. */
    private static String compare(String operation, String database, Arguments arguments) throws RunnerException {
        double[][] scores = new double[arguments.rounds][VARIANTS.size()];
        for (int round = 0; round < arguments.rounds; round++) {
            for (int position = 0; position < VARIANTS.size(); position++) {
                // Rotating the order puts every variant first, second and third equally often over 3 rounds.
                int variant = (round + position) % VARIANTS.size();
                scores[round][variant] = measure(VARIANTS.get(variant), operation, database, arguments);
                System.out.printf(Locale.ROOT, "round %d/%d %s.%s on %s: %.2f µs/op%n", round + 1,
                        arguments.rounds, VARIANTS.get(variant), operation, database, scores[round][variant]);
            }
        }
        double[] jdbc = column(scores, 0);
        double[] dao = ratios(column(scores, 1), jdbc);
        double[] jooq = ratios(column(scores, 2), jdbc);
        StringBuilder perRound = new StringBuilder();
        for (double ratio : dao) {
            perRound.append(perRound.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.2f", ratio));
        }
        return String.format(Locale.ROOT, "| %s | %s | %.1f | **%s** | %s | %s |", operation, database,
                new Median().evaluate(jdbc), RatioSummary.of(dao).format(), RatioSummary.of(jooq).format(), perRound);
    }

    private static double measure(String variant, String operation, String database, Arguments arguments)
            throws RunnerException {
        String benchmark = PairedRuns.class.getPackageName() + "." + variant + "." + operation;
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .param("database", database)
                .forks(1)
                .warmupIterations(arguments.warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(arguments.iterations)
                .measurementTime(TimeValue.seconds(1))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();
        RunResult result = new Runner(options).runSingle();
        return result.getPrimaryResult().getScore();
    }

    private static double[] column(double[][] scores, int variant) {
        return Arrays.stream(scores).mapToDouble(round -> round[variant]).toArray();
    }

    private static double[] ratios(double[] scores, double[] floor) {
        double[] ratios = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            ratios[i] = scores[i] / floor[i];
        }
        return ratios;
    }

    /** The command line, with the defaults of the README's run. */
    private record Arguments(int rounds, List<String> databases, List<String> operations, int warmups,
            int iterations, Path out) {

        static Arguments parse(String[] args) {
            int rounds = 8;
            List<String> databases = List.of("h2", "postgres");
            List<String> operations = List.of("insertOne", "insertBatch1000", "findById", "query100");
            int warmups = 5;
            int iterations = 5;
            Path out = Path.of("target", "paired-runs.md");
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("Option " + args[i] + " has no value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--rounds" -> rounds = atLeast(2, args[i], value);
                    case "--databases" -> databases = List.of(value.split(","));
                    case "--operations" -> operations = List.of(value.split(","));
                    case "--warmups" -> warmups = atLeast(0, args[i], value);
                    case "--iterations" -> iterations = atLeast(1, args[i], value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; known: --rounds, "
                            + "--databases, --operations, --warmups, --iterations, --out");
                }
            }
            return new Arguments(rounds, new ArrayList<>(databases), new ArrayList<>(operations), warmups,
                    iterations, out);
        }

        private static int atLeast(int minimum, String option, String value) {
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'", e);
            }
            if (parsed < minimum) {
                throw new IllegalArgumentException(option + " must be at least " + minimum + ", got " + parsed);
            }
            return parsed;
        }
    }
}

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
 * Measures the DAO and other tools against hand-written JDBC in paired rounds, for ratios a shared machine can
 * settle. A plain JMH run measures all forks of one benchmark before the next, so a slow spell of the machine or of
 * the database server lands on one variant only; on a 2-core machine running PostgreSQL beside the JVM, that moves
 * a score by 20–30 %. Here every round runs one JMH fork of each variant back to back, rotating their order, and
 * the ratio is taken within the round; {@link RatioSummary} then averages the rounds.
 *
 * <p>Arguments: {@code --rounds 8 --databases h2,postgres --operations insertOne,findById --compare jooq,hibernate
 * --warmups 5 --iterations 5 --out target/paired-runs.md}, every one optional ({@code --compare query,jooqsql} puts
 * a {@code @Query} method and jOOQ's {@code resultQuery(sql)} beside them, with {@code --operations
 * findById,query100}). JDBC and the DAO always run;
 * {@code --compare} adds the other tools (by default jOOQ's DSL), each costing a fork per round.
 */
public final class PairedRuns {
    /** The tools measured, by benchmark class; JDBC is the floor every ratio is taken to. */
    private enum Variant {
        JDBC("JdbcBenchmark", "JDBC"),
        DAO("DaoBenchmark", "Tablesmith DAO"),
        JOOQ("JooqBenchmark", "jOOQ DSL"),
        HIBERNATE("HibernateBenchmark", "Hibernate 7"),
        /** A generated {@code @Query} method; it has findById and query100 only. */
        QUERY("QueryBenchmark", "Tablesmith @Query"),
        /** jOOQ's plain-SQL resultQuery(sql); findById and query100 only. */
        JOOQ_SQL("JooqSqlBenchmark", "jOOQ resultQuery(sql)");

        final String benchmarkClass;
        final String label;

        Variant(String benchmarkClass, String label) {
            this.benchmarkClass = benchmarkClass;
            this.label = label;
        }
    }

    private PairedRuns() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Arguments arguments = Arguments.parse(args);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d rounds; a round is one fork of each variant, %d × 1 s warm-up "
                + "and %d × 1 s measured; ratios to JDBC: geometric mean (95 %% confidence interval)%n%n",
                arguments.rounds, arguments.warmups, arguments.iterations));
        report.append("| operation | database | JDBC µs/op (median) |");
        for (Variant variant : arguments.variants.subList(1, arguments.variants.size())) {
            report.append(' ').append(variant.label).append(" |");
        }
        report.append(" DAO per round |\n|---|---|---:|").append("---:|".repeat(arguments.variants.size() - 1))
                .append("---|\n");
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
        List<Variant> variants = arguments.variants;
        double[][] scores = new double[arguments.rounds][variants.size()];
        for (int round = 0; round < arguments.rounds; round++) {
            for (int position = 0; position < variants.size(); position++) {
                // Rotating the order puts every variant in every position equally often over as many rounds.
                int variant = (round + position) % variants.size();
                String benchmarkClass = variants.get(variant).benchmarkClass;
                scores[round][variant] = measure(benchmarkClass, operation, database, arguments);
                System.out.printf(Locale.ROOT, "round %d/%d %s.%s on %s: %.2f µs/op%n", round + 1,
                        arguments.rounds, benchmarkClass, operation, database, scores[round][variant]);
            }
        }
        double[] jdbc = column(scores, 0);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.1f |", operation, database,
                new Median().evaluate(jdbc)));
        for (int variant = 1; variant < variants.size(); variant++) {
            String summary = RatioSummary.of(ratios(column(scores, variant), jdbc)).format();
            row.append(' ').append(variants.get(variant) == Variant.DAO ? "**" + summary + "**" : summary)
                    .append(" |");
        }
        row.append(' ');
        for (double ratio : ratios(column(scores, 1), jdbc)) {
            row.append(String.format(Locale.ROOT, "%.2f ", ratio));
        }
        return row.append('|').toString();
    }

    private static double measure(String benchmarkClass, String operation, String database, Arguments arguments)
            throws RunnerException {
        return measureFork(benchmarkClass + "." + operation, "database", database, arguments.warmups,
                arguments.iterations);
    }

    /**
     * One JMH fork of {@code benchmark} ({@code Class.method} in this package) with one parameter set, 1 s per
     * iteration; returns its score.
     */
    static double measureFork(String benchmark, String param, String value, int warmups, int iterations)
            throws RunnerException {
        String name = PairedRuns.class.getPackageName() + "." + benchmark;
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(name) + "$")
                .param(param, value)
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
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
    private record Arguments(int rounds, List<String> databases, List<String> operations, List<Variant> variants,
            int warmups, int iterations, Path out) {

        static Arguments parse(String[] args) {
            int rounds = 8;
            List<String> databases = List.of("h2", "postgres");
            List<String> operations = List.of("insertOne", "insertBatch1000", "findById", "query100");
            List<Variant> variants = List.of(Variant.JDBC, Variant.DAO, Variant.JOOQ);
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
                    case "--compare" -> variants = withCompared(value);
                    case "--warmups" -> warmups = atLeast(0, args[i], value);
                    case "--iterations" -> iterations = atLeast(1, args[i], value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; known: --rounds, "
                            + "--databases, --operations, --compare, --warmups, --iterations, --out");
                }
            }
            return new Arguments(rounds, new ArrayList<>(databases), new ArrayList<>(operations), variants, warmups,
                    iterations, out);
        }

        /**
         * JDBC and the DAO, then the tools {@code value} names: {@code jooq}, {@code hibernate}, {@code query} (a
         * {@code @Query} method), {@code jooqsql} (jOOQ's {@code resultQuery(sql)}), or {@code none}.
         */
        private static List<Variant> withCompared(String value) {
            List<Variant> variants = new ArrayList<>(List.of(Variant.JDBC, Variant.DAO));
            if (value.equals("none")) {
                return variants;
            }
            for (String tool : value.split(",")) {
                Variant variant = switch (tool) {
                    case "jooq" -> Variant.JOOQ;
                    case "hibernate" -> Variant.HIBERNATE;
                    case "query" -> Variant.QUERY;
                    case "jooqsql" -> Variant.JOOQ_SQL;
                    default -> throw new IllegalArgumentException("--compare takes jooq, hibernate, query, jooqsql or "
                            + "none, got '"
                            + tool + "'");
                };
                if (!variants.contains(variant)) {
                    variants.add(variant);
                }
            }
            return variants;
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

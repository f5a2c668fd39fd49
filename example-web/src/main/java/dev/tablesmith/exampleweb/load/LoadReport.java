package dev.tablesmith.exampleweb.load;

import dev.tablesmith.exampleweb.load.LoadDriver.Turn;
import dev.tablesmith.exampleweb.load.LoadRun.Report;
import dev.tablesmith.exampleweb.load.LoadRun.TurnRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Writes a load run's turns as a Markdown report: every turn, then each service over the measured rounds. */
final class LoadReport {
    private static final String TABLESMITH = LoadRun.TABLESMITH;
    private static final String JDBC = LoadRun.JDBC;

    private LoadReport() {
    }

    static Report of(LoadOptions options, List<TurnRecord> turns, long leakedAfter, String server,
            String loadBefore, String loadAfter) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Load run: %s, on %s.%nMix: %s.%nMachine: %d cores, JDK %s; load "
                + "average (1, 5, 15 min) %s before the run and %s after it.%n%n", options.describe(), server,
                mix(), Runtime.getRuntime().availableProcessors(), Runtime.version(), loadBefore, loadAfter));
        text.append("| round | service | requests | req/s | p50 ms | p99 ms | JVM CPU µs/request | failed on purpose "
                + "(409) | unexpected | connections in use after (pool, server) | rows left by failed requests |\n");
        text.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TurnRecord record : turns) {
            Turn turn = record.turn();
            text.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,.0f | %.2f | %.2f | %,.0f | %,d | %,d | %d, %d "
                    + "| %d |%n", record.round() == 0 ? "warm-up" : String.valueOf(record.round()), record.service(),
                    turn.requests(), turn.perSecond(), turn.percentileMillis(50), turn.percentileMillis(99),
                    record.cpuMicrosPerRequest(), turn.failed(), unexpected(turn), record.poolInUse(),
                    record.serverBusy(), record.rows()));
        }
        text.append("\nMeasured rounds only:\n\n| service | requests | req/s (median of rounds) | p50 ms | p99 ms | "
                + "JVM CPU µs/request (median) | failed on purpose (409) | unexpected | connections in use after turns "
                + "| rows left by failed requests |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String service : List.of(TABLESMITH, JDBC)) {
            List<TurnRecord> measured = measured(turns, service);
            long[] latencies = measured.stream().flatMapToLong(r -> Arrays.stream(r.turn().latencies())).sorted()
                    .toArray();
            Turn all = new Turn(measured.stream().mapToInt(r -> r.turn().requests()).sum(), 1, latencies, 0, 0,
                    List.of());
            text.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.2f | %.2f | %,.0f | %,d | %,d | %d | %d |%n",
                    service, all.requests(), median(measured.stream().mapToDouble(r -> r.turn().perSecond())
                            .toArray()), all.percentileMillis(50), all.percentileMillis(99),
                    median(measured.stream().mapToDouble(TurnRecord::cpuMicrosPerRequest).toArray()),
                    measured.stream().mapToLong(r -> r.turn().failed()).sum(),
                    measured.stream().mapToLong(r -> unexpected(r.turn())).sum(),
                    measured.stream().mapToLong(r -> r.poolInUse() + r.serverBusy()).sum(),
                    measured.stream().mapToLong(TurnRecord::rows).sum()));
        }
        double[] ratios = ratios(turns, options.rounds(), record -> record.turn().perSecond());
        Ratio ratio = Ratio.of(ratios);
        text.append(String.format(Locale.ROOT, "%nThroughput, Tablesmith / JDBC: **%s** (geometric mean of the "
                + "rounds, 95 %% confidence interval); per round: %s.%n", ratio.format(), format(ratios)));
        double[] cpu = ratios(turns, options.rounds(), TurnRecord::cpuMicrosPerRequest);
        text.append(String.format(Locale.ROOT, "JVM CPU time per request, Tablesmith / JDBC: %s; per round: %s.%n",
                Ratio.of(cpu).format(), format(cpu)));
        text.append(String.format(Locale.ROOT, "Connections of either pool left on the server after the run: %d.%n",
                leakedAfter));
        List<String> samples = turns.stream().flatMap(r -> r.turn().samples().stream()).limit(10).toList();
        if (!samples.isEmpty()) {
            text.append("\nUnexpected answers (first ").append(samples.size()).append("):\n");
            samples.forEach(sample -> text.append("- ").append(sample).append('\n'));
        }
        return new Report(text.toString(), ratio,
                turns.stream().mapToLong(r -> r.turn().failed()).sum(),
                turns.stream().mapToLong(r -> unexpected(r.turn())).sum(),
                turns.stream().mapToLong(r -> r.poolInUse() + r.serverBusy()).sum(), leakedAfter,
                turns.stream().mapToLong(TurnRecord::rows).sum());
    }

    static String progressLine(TurnRecord record) {
        Turn turn = record.turn();
        return String.format(Locale.ROOT, "%-8s %-10s %,7d requests in %6.2f s: %,6.0f req/s, p50 %6.2f ms, p99 %7.2f "
                + "ms, %,.0f µs CPU/request, %,d failed on purpose, %,d unexpected, %d+%d connections in use after, "
                + "%d rows of failed requests; load %s", round(record), record.service(), turn.requests(),
                turn.nanos() / 1e9, turn.perSecond(), turn.percentileMillis(50), turn.percentileMillis(99),
                record.cpuMicrosPerRequest(), turn.failed(), unexpected(turn), record.poolInUse(),
                record.serverBusy(), record.rows(), LoadRun.loadAverage());
    }

    private static String round(TurnRecord record) {
        return record.round() == 0 ? "warm-up" : "round " + record.round();
    }

    private static long unexpected(Turn turn) {
        return turn.unexpected();
    }

    private static List<TurnRecord> measured(List<TurnRecord> turns, String service) {
        return turns.stream().filter(r -> r.round() > 0 && r.service().equals(service)).toList();
    }

    /** Per round, Tablesmith's {@code measure} divided by JDBC's. */
    private static double[] ratios(List<TurnRecord> turns, int rounds, ToDoubleFunction<TurnRecord> measure) {
        double[] ratios = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            int r = round;
            double tablesmith = measure.applyAsDouble(turns.stream()
                    .filter(t -> t.round() == r && t.service().equals(TABLESMITH)).findFirst().orElseThrow());
            double jdbc = measure.applyAsDouble(turns.stream()
                    .filter(t -> t.round() == r && t.service().equals(JDBC)).findFirst().orElseThrow());
            ratios[round - 1] = tablesmith / jdbc;
        }
        return ratios;
    }

    private static String format(double[] ratios) {
        return Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
                .collect(Collectors.joining(" "));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String mix() {
        return Arrays.stream(LoadDriver.Kind.values()).map(kind -> kind.percent + " % " + kind.description)
                .collect(Collectors.joining(", "));
    }
}

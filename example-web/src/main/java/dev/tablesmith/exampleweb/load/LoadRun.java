package dev.tablesmith.exampleweb.load;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.Database;
import dev.tablesmith.exampleweb.TodoApp;
import dev.tablesmith.exampleweb.load.LoadDriver.Turn;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The todo service under load on PostgreSQL, against the same service written with hand-written JDBC. Both run in
 * this JVM on 127.0.0.1 and ephemeral ports, with pools of the same size; {@link LoadDriver}'s clients drive one at a
 * time, first a warm-up for each, then rounds in which both run, in alternating order, each on freshly seeded data.
 * After every turn it counts what must be zero: unexpected answers, connections still in use (in the pool and in
 * {@code pg_stat_activity}), and rows that requests failing on purpose left behind; after the run, connections of
 * either pool left on the server.
 *
 * <pre>
 * mvn -q -pl example-web -am -Pload -DskipTests verify [-Dload.rounds=6 -Dload.requests=10000 ...]
 * </pre>
 *
 * Options: {@link LoadOptions}. The report is printed and written to {@code load.out} (the module's
 * {@code target/load-run.md}); the run fails when anything that must be zero is not.
 */
public final class LoadRun {
    static final String TABLESMITH = "Tablesmith";
    static final String JDBC = "JDBC";
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A service under load: its name in the report and in {@code pg_stat_activity}, its server and its pool. */
    private record Service(String name, String applicationName, Javalin app, HikariDataSource pool) {
        URI base() {
            return URI.create("http://127.0.0.1:" + app.port() + "/");
        }
    }

    /** One service's turn in one round (round 0 is the warm-up), with what was left after it. */
    record TurnRecord(int round, String service, Turn turn, long cpuNanos, long poolInUse, long serverBusy,
            long rows) {

        /** This JVM's CPU time per request: the service's, and the clients' (the same for both services). */
        double cpuMicrosPerRequest() {
            return cpuNanos / 1e3 / turn.requests();
        }
    }

    /**
     * What the run found.
     *
     * @param failedOnPurpose requests that failed on purpose and were answered 409, in every turn
     * @param unexpected      answers other than intended, and requests not answered or not sent in time
     * @param leakedInRuns    connections in use after a turn, in a pool or on the server, summed over turns
     * @param leakedAfter     server connections of either pool left after the pools closed
     * @param rowsFromFailed  rows left by requests that failed on purpose, summed over turns
     */
    record Report(String text, Ratio ratio, long failedOnPurpose, long unexpected, long leakedInRuns,
            long leakedAfter, long rowsFromFailed) {
        boolean passed() {
            return failedOnPurpose > 0 && unexpected == 0 && leakedInRuns == 0 && leakedAfter == 0
                    && rowsFromFailed == 0;
        }
    }

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.fromSystemProperties();
        Report report = run(options, System.out);
        Path out = Path.of(System.getProperty("load.out", "target/load-run.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.text());
        System.out.println("Written to " + out.toAbsolutePath());
        if (!report.passed()) {
            throw new IllegalStateException("The load run found " + report.unexpected() + " unexpected answers, "
                    + report.leakedInRuns() + " connections in use after turns, " + report.leakedAfter()
                    + " connections left after the run, " + report.rowsFromFailed() + " rows of failed requests "
                    + "(and " + report.failedOnPurpose() + " requests failed on purpose); see the report");
        }
    }

    /** Runs the load run as {@code options} say, printing progress to {@code progress}. */
    static Report run(LoadOptions options, PrintStream progress) throws Exception {
        String loadBefore = loadAverage();
        List<TurnRecord> turns = new ArrayList<>();
        long leakedAfter;
        String serverVersion;
        try (LoadFixture fixture = new LoadFixture(options); LoadDriver driver = new LoadDriver(options)) {
            serverVersion = fixture.serverVersion();
            List<Service> services = new ArrayList<>();
            try (Database db = Database.builder().url(named(options.url(), "exweb-tablesmith")).user(options.user())
                    .password(options.password()).poolSize(options.poolSize()).build();
                    HikariDataSource jdbcPool = jdbcPool(options)) {
                try {
                    db.dropAll();
                    db.createAll();
                    services.add(new Service(TABLESMITH, "exweb-tablesmith", start(c -> TodoApp.configure(c, db)),
                            db.engine().unwrap(HikariDataSource.class)));
                    services.add(new Service(JDBC, "exweb-jdbc", start(c -> JdbcTodoApp.configure(c, jdbcPool)),
                            jdbcPool));
                    for (Service service : services) {
                        turns.add(turn(0, service, options.warmup(), options, fixture, driver, progress));
                    }
                    for (int round = 1; round <= options.rounds(); round++) {
                        for (int i = 0; i < services.size(); i++) {
                            // Alternating the order puts each service first in every other round.
                            Service service = services.get((round + i + 1) % services.size());
                            turns.add(turn(round, service, options.requests(), options, fixture, driver, progress));
                        }
                    }
                } finally {
                    for (Service service : services) {
                        service.app().stop();
                    }
                }
            }
            leakedAfter = connectionsAfterClose(fixture, services);
        }
        return LoadReport.of(options, turns, leakedAfter, serverVersion, loadBefore, loadAverage());
    }

    private static TurnRecord turn(int round, Service service, int requests, LoadOptions options,
            LoadFixture fixture, LoadDriver driver, PrintStream progress) throws Exception {
        if (requests == 0) {
            return new TurnRecord(round, service.name(), new Turn(0, 1, new long[0], 0, 0, List.of()), 0, 0, 0,
                    0);
        }
        fixture.reset(options);
        System.gc(); // the previous turn's garbage is collected now, not during this turn
        long cpuBefore = CPU.getProcessCpuTime();
        Turn turn = driver.drive(service.base(), round, requests, options.roundTimeout());
        long cpuNanos = CPU.getProcessCpuTime() - cpuBefore;
        long poolInUse = inUseAfterTurn(service.pool());
        long serverBusy = fixture.busyConnections(service.applicationName());
        long rows = fixture.rowsFromFailedRequests();
        TurnRecord record = new TurnRecord(round, service.name(), turn, cpuNanos, poolInUse, serverBusy, rows);
        progress.println(LoadReport.progressLine(record));
        return record;
    }

    /** Connections the pool still lends out once every answer arrived; a context ends before its answer is sent. */
    private static long inUseAfterTurn(HikariDataSource pool) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        int active = pool.getHikariPoolMXBean().getActiveConnections();
        while (active > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            active = pool.getHikariPoolMXBean().getActiveConnections();
        }
        return active;
    }

    /** Server connections of either pool still there after both closed; a backend ends a moment after its client. */
    private static long connectionsAfterClose(LoadFixture fixture, List<Service> services)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long left;
        do {
            left = 0;
            for (Service service : services) {
                left += fixture.connections(service.applicationName());
            }
            if (left > 0) {
                Thread.sleep(50);
            }
        } while (left > 0 && System.nanoTime() < deadline);
        return left;
    }

    private static Javalin start(Consumer<JavalinConfig> service) {
        return Javalin.create(config -> {
            service.accept(config);
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
        }).start();
    }

    /** The baseline's pool: HikariCP as Tablesmith configures it, the same size and the same bounds. */
    private static HikariDataSource jdbcPool(LoadOptions options) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(named(options.url(), "exweb-jdbc"));
        hikari.setUsername(options.user());
        hikari.setPassword(options.password());
        hikari.setMaximumPoolSize(options.poolSize());
        hikari.setMinimumIdle(Math.min(2, options.poolSize()));
        hikari.setConnectionTimeout(10_000);
        hikari.setPoolName("jdbc-baseline");
        return new HikariDataSource(hikari);
    }

    /** {@code url} with an application name, by which {@code pg_stat_activity} tells the two pools apart. */
    private static String named(String url, String applicationName) {
        return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + applicationName;
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

}

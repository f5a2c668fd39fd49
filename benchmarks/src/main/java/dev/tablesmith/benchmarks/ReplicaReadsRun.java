package dev.tablesmith.benchmarks;

import dev.tablesmith.CommitPosition;
import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import dev.tablesmith.ReplicaStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * A bounded load run against PostgreSQL and its hot standby (scripts/pg-standby.sh): what reads cost and gain on a
 * replica, against the same reads on the primary alone. Every measurement runs in rounds that alternate which
 * variant goes first, on the same machine, tables and pools; the run ends after about
 * {@code rounds × (5 × seconds + 2)} seconds of load, whatever happens.
 *
 * <ul>
 *   <li><b>Read throughput</b>: {@code threads} threads read rows by id for {@code seconds}, in
 *       {@code db.inReadContext(CommitPosition.NONE, ...)} on a database with the standby as its replica, and in
 *       {@code db.inContext(...)} on the same database configured without it.</li>
 *   <li><b>Read-your-writes</b>: one thread updates a row and at once reads it back. On the routed database the
 *       read is {@code db.inReadContext(...)} with the thread's commit position, measured whole; on alternate
 *       iterations the standby's replay position is instead polled directly (every 0.1 ms) until it reaches the
 *       commit, which is the wait such a read has before it can run there. On the primary-only database the read
 *       is {@code db.inContext(...)}.</li>
 *   <li><b>Commit cost</b>: single-row inserts, one per context, alternating insert by insert between the database
 *       that records commit positions (replica configured: {@code COMMIT; SELECT ...} in one round trip) and the one
 *       that does not (a plain commit).</li>
 * </ul>
 *
 * <p>Arguments, all optional: {@code --rounds 3 --seconds 5 --threads 4 --out target/replica-reads.md}. The
 * primary is {@code TABLESMITH_POSTGRES_URL} (by default the local server's {@code test} database) and the standby
 * {@code TABLESMITH_STANDBY_URL} (by default the same database on 127.0.0.1:5433). The connections keep PostgreSQL's
 * default {@code synchronous_commit = on}: a commit is on the primary's disk before the standby can replay it.
 */
public final class ReplicaReadsRun {
    private static final int ROWS = 1000;

    private final int rounds;
    private final int seconds;
    private final int threads;
    private final Path out;
    private final String primaryUrl;
    private final String standbyUrl;
    private final String user = env("TABLESMITH_POSTGRES_USER", "postgres");
    private final String password = env("TABLESMITH_POSTGRES_PASSWORD", "");

    private ReplicaReadsRun(String[] args) {
        int rounds = 3;
        int seconds = 5;
        int threads = 4;
        Path out = Path.of("target/replica-reads.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --rounds, --seconds, --threads, --out");
            }
        }
        if (rounds < 1 || rounds > 20 || seconds < 1 || seconds > 60 || threads < 1 || threads > 64) {
            throw new IllegalArgumentException("Keep the run bounded: 1-20 rounds of 1-60 s with 1-64 threads");
        }
        this.rounds = rounds;
        this.seconds = seconds;
        this.threads = threads;
        this.out = out;
        this.primaryUrl = env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        this.standbyUrl = env("TABLESMITH_STANDBY_URL", primaryUrl.replaceFirst("//[^/]+/", "//127.0.0.1:5433/"));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        new ReplicaReadsRun(args).run();
    }

    private DatabaseBuilder builder() {
        return Database.builder().url(primaryUrl).user(user).password(password).poolSize(threads)
                .models(PersonTable.PERSON);
    }

    private void run() throws Exception {
        try (Database primaryOnly = builder().build(); Database routed = builder().replica(standbyUrl).build();
                Connection standby = DriverManager.getConnection(standbyUrl, user, password)) {
            PersonDao onPrimary = new PersonDao(primaryOnly);
            PersonDao onRouted = new PersonDao(routed);
            primaryOnly.dropAll();
            primaryOnly.createAll();
            List<Person> seed = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                seed.add(new Person(null, "person" + i, "person" + i + "@example.com", i % 10, true));
            }
            long[] ids = routed.inContext(() -> onRouted.insertAll(seed)).stream().mapToLong(Person::getId).toArray();
            // The standby has the rows, and takes reads, before anything is measured.
            routed.inReadContext(() -> onRouted.getById(ids[ROWS - 1]));
            awaitUsable(routed);

            Samples primaryReads = new Samples();
            Samples replicaReads = new Samples();
            Samples waits = new Samples();
            Samples rywReads = new Samples();
            Samples primaryAfterWrite = new Samples();
            Samples plainCommits = new Samples();
            Samples positionCommits = new Samples();
            long[] rywOnReplica = new long[2];
            for (int round = 0; round < rounds; round++) {
                boolean replicaFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    if (replicaFirst == (turn == 0)) {
                        replicaReads.throughput(throughput(() -> {
                            long id = ids[ThreadLocalRandom.current().nextInt(ROWS)];
                            return routed.inReadContext(CommitPosition.NONE, () -> onRouted.getById(id)).getId();
                        }));
                    } else {
                        primaryReads.throughput(throughput(() -> {
                            long id = ids[ThreadLocalRandom.current().nextInt(ROWS)];
                            return primaryOnly.inContext(() -> onPrimary.getById(id)).getId();
                        }));
                    }
                }
                for (int turn = 0; turn < 2; turn++) {
                    if (replicaFirst == (turn == 0)) {
                        long before = replicaReadCount(routed);
                        long reads = readYourWrites(routed, onRouted, ids[round], standby, waits, rywReads);
                        rywOnReplica[0] += replicaReadCount(routed) - before;
                        rywOnReplica[1] += reads;
                    } else {
                        primaryAfterWrite(primaryOnly, onPrimary, ids[round], primaryAfterWrite);
                    }
                }
                inserts(replicaFirst ? routed : primaryOnly, replicaFirst ? onRouted : onPrimary,
                        replicaFirst ? positionCommits : plainCommits, replicaFirst ? primaryOnly : routed,
                        replicaFirst ? onPrimary : onRouted, replicaFirst ? plainCommits : positionCommits);
                System.out.printf(Locale.ROOT, "round %d/%d done%n", round + 1, rounds);
            }
            String report = report(primaryReads, replicaReads, waits, rywReads, primaryAfterWrite, rywOnReplica,
                    plainCommits, positionCommits);
            System.out.println(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
            primaryOnly.dropAll();
        }
    }

    /** Reads per second over {@link #seconds}, from {@link #threads} threads each running {@code read}. */
    private double throughput(LongSupplier read) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder done = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    read.getAsLong();
                    done.increment();
                }
            }));
        }
        Thread.sleep(1000); // warm-up, not counted
        long start = done.sum();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long count = done.sum() - start;
        double elapsed = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread worker : workers) {
            // A read is bounded by the database's statement and socket timeouts; a reader still busy well after
            // those is stuck, and the run says so rather than waiting for it.
            if (!worker.join(Duration.ofSeconds(90))) {
                throw new IllegalStateException("Reader thread " + worker.getName()
                        + " did not stop within 90 s of the end of the measurement");
            }
        }
        return count / elapsed;
    }

    /** Update then read, for {@link #seconds}; returns how many reads went through inReadContext. */
    private long readYourWrites(Database db, PersonDao dao, long id, Connection standby, Samples waits,
            Samples reads) throws SQLException {
        Person person = db.inContext(() -> dao.getById(id));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long readCount = 0;
        try (PreparedStatement replayed = standby.prepareStatement(
                "SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            for (int i = 0; System.nanoTime() < deadline; i++) {
                person.email = "v" + i + "@example.com";
                db.inContext(() -> dao.update(person));
                long started = System.nanoTime();
                if (i % 2 == 0) {
                    replayed.setString(1, db.commitPosition().toString());
                    while (!caughtUp(replayed)) {
                        java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                    }
                    waits.add(System.nanoTime() - started);
                } else {
                    String email = db.inReadContext(() -> dao.getById(id).getEmail());
                    reads.add(System.nanoTime() - started);
                    readCount++;
                    if (!email.equals(person.getEmail())) {
                        throw new IllegalStateException("read " + email + " after writing " + person.getEmail());
                    }
                }
            }
        }
        return readCount;
    }

    private static boolean caughtUp(PreparedStatement replayed) throws SQLException {
        try (ResultSet rows = replayed.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private void primaryAfterWrite(Database db, PersonDao dao, long id, Samples reads) {
        Person person = db.inContext(() -> dao.getById(id));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < deadline; i++) {
            person.email = "p" + i + "@example.com";
            db.inContext(() -> dao.update(person));
            if (i % 2 == 1) {
                long started = System.nanoTime();
                db.inContext(() -> dao.getById(id));
                reads.add(System.nanoTime() - started);
            }
        }
    }

    /**
     * Single-row inserts, one context each, for {@link #seconds}, alternating between the two databases insert by
     * insert so that the machine's slow and fast spells land on both alike; the rows are deleted afterwards.
     */
    private void inserts(Database first, PersonDao firstDao, Samples firstCommits, Database second,
            PersonDao secondDao, Samples secondCommits) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            Database db = i % 2 == 0 ? first : second;
            PersonDao dao = i % 2 == 0 ? firstDao : secondDao;
            long started = System.nanoTime();
            Person stored = db.inContext(() -> dao.insert(new Person(null, "inserted", null, 100, true)));
            (i % 2 == 0 ? firstCommits : secondCommits).add(System.nanoTime() - started);
            inserted.add(stored.getId());
        }
        first.inContext(() -> {
            for (Long id : inserted) {
                firstDao.deleteById(id);
            }
        });
    }

    private static long replicaReadCount(Database db) {
        return db.replicas().stream().mapToLong(ReplicaStatus::reads).sum();
    }

    private static void awaitUsable(Database db) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!db.replicas().stream().allMatch(ReplicaStatus::usable)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The standby does not take reads: " + db.replicas()
                        + "; start it with scripts/pg-standby.sh start");
            }
            Thread.sleep(50);
        }
    }

    private String report(Samples primaryReads, Samples replicaReads, Samples waits, Samples rywReads,
            Samples primaryAfterWrite, long[] rywOnReplica, Samples plainCommits, Samples positionCommits) {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d rounds, %d s per variant and measurement, alternating which "
                + "variant goes first; %d reader threads; PostgreSQL with its hot standby on the same machine%n%n",
                rounds, seconds, threads));
        report.append("| measurement | primary only | with the standby | ratio |\n|---|---:|---:|---:|\n");
        report.append(String.format(Locale.ROOT, "| read by id, reads/s (median of rounds: %s vs %s) | %,.0f | %,.0f "
                + "| %.2f× |%n", primaryReads.rounds(), replicaReads.rounds(), primaryReads.medianThroughput(),
                replicaReads.medianThroughput(), replicaReads.medianThroughput() / primaryReads.medianThroughput()));
        report.append(String.format(Locale.ROOT, "| read right after own write, median / p99 ms | %s | %s | %.2f× |%n",
                primaryAfterWrite.latency(), rywReads.latency(), rywReads.median() / primaryAfterWrite.median()));
        report.append(String.format(Locale.ROOT, "| insert one row (context with commit), median / p99 ms | %s | %s "
                + "| %.2f× |%n", plainCommits.latency(), positionCommits.latency(),
                positionCommits.median() / plainCommits.median()));
        report.append(String.format(Locale.ROOT, "%nRead-your-writes wait (commit to the standby's replay of it, "
                + "polled every 0.1 ms): median %.2f ms, p99 %.2f ms, max %.2f ms over %,d commits. Reads right after "
                + "their write that ran on the standby: %,d of %,d.%n", waits.median() / 1e6, waits.p99() / 1e6,
                waits.max() / 1e6, waits.count(), rywOnReplica[0], rywOnReplica[1]));
        return report.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Latencies in nanoseconds, or the throughput of each round. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private final List<Double> throughputs = new ArrayList<>();

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        void throughput(double perSecond) {
            throughputs.add(perSecond);
        }

        int count() {
            return size;
        }

        private long[] sorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }

        double median() {
            return size == 0 ? Double.NaN : sorted()[size / 2];
        }

        double p99() {
            return size == 0 ? Double.NaN : sorted()[Math.min(size - 1, size * 99 / 100)];
        }

        double max() {
            return size == 0 ? Double.NaN : sorted()[size - 1];
        }

        String latency() {
            return String.format(Locale.ROOT, "%.2f / %.2f", median() / 1e6, p99() / 1e6);
        }

        double medianThroughput() {
            List<Double> sorted = new ArrayList<>(throughputs);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }

        String rounds() {
            StringBuilder text = new StringBuilder();
            for (double value : throughputs) {
                text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.0f", value));
            }
            return text.toString();
        }
    }
}

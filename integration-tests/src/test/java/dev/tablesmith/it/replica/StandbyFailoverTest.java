package dev.tablesmith.it.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.ReplicaStatus;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The standby is stopped for real while the application writes and reads, then started again: no call fails, every
 * read still sees its own write, reads move to the primary while the standby is away and come back to it once it
 * streams again. Bounded: the run ends after three minutes whatever happens, and the standby is started again in any
 * case.
 */
class StandbyFailoverTest {
    private static final int WORKERS = 2;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

    @Test
    void stoppingTheStandbyMovesReadsToThePrimaryWithoutAFailedCallAndRestartingItBringsThemBack() throws Exception {
        TestStandby.require();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong iterations = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        try (Database db = TestStandby.open(TestStandby.builder().replicaCheckInterval(Duration.ofMillis(200)))) {
            UserDao users = new UserDao(db);
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            for (int w = 0; w < WORKERS; w++) {
                String name = "failover-" + w;
                workers.add(Thread.ofPlatform().name(name).start(() -> {
                    try {
                        User user = db.inContext(() -> users.insert(new User(name, "0")));
                        for (long i = 1; !stop.get() && System.nanoTime() < deadline; i++) {
                            String value = Long.toString(i);
                            db.inContext(() -> {
                                user.setEmail(value);
                                users.update(user);
                            });
                            long started = System.nanoTime();
                            String read = db.inReadContext(() -> users.getById(user.getId()).getEmail());
                            slowest.accumulateAndGet(System.nanoTime() - started, Math::max);
                            if (!value.equals(read)) {
                                throw new AssertionError(name + " wrote " + value + " and read " + read);
                            }
                            iterations.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            TestStandby.await("200 reads on the standby", Duration.ofSeconds(60),
                    () -> TestStandby.replicaReads(db) >= 200 || !failures.isEmpty());
            long beforeStop = iterations.get();

            TestStandby.script("stop");
            long stoppedAt = TestStandby.replicaReads(db);
            long atStop = iterations.get();
            TestStandby.await("300 iterations with the standby stopped", Duration.ofSeconds(60),
                    () -> iterations.get() >= atStop + 300 || !failures.isEmpty());
            ReplicaStatus away = db.replicas().get(0);
            assertFalse(away.usable(), away.toString());
            assertTrue(away.problem().startsWith("down: "), away.toString());
            assertEquals(stoppedAt, TestStandby.replicaReads(db), "no read ran on the stopped standby");
            long whileStopped = iterations.get() - atStop;
            long slowestWhileStopping = slowest.getAndSet(0);

            TestStandby.script("start");
            TestStandby.await("reads back on the standby", Duration.ofSeconds(60),
                    () -> TestStandby.replicaReads(db) >= stoppedAt + 100 || !failures.isEmpty());
            stop.set(true);
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(30));
            }
            System.out.printf("[replicas] failover: %d iterations before the stop, %d with the standby stopped, %d in "
                    + "all; slowest read around the stop %.0f ms; %d failed%n", beforeStop, whileStopped,
                    iterations.get(), slowestWhileStopping / 1e6, failures.size());
            if (!failures.isEmpty()) {
                AssertionError failed = new AssertionError(failures.size() + " call(s) failed");
                failures.forEach(failed::addSuppressed);
                throw failed;
            }
            assertTrue(db.replicas().get(0).usable(), db.replicas().toString());
        } finally {
            stop.set(true);
            for (Thread worker : workers) {
                worker.join(Duration.ofSeconds(30));
            }
            TestStandby.script("start");
        }
    }
}

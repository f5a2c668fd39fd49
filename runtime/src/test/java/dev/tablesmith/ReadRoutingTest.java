package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Read routing's rules, on H2: a "replica" URL reaching the primary's own in-memory database stands for a healthy
 * replica, and an H2 server URL on a closed port for one that is down. Replication itself, positions and lag are
 * tested on a real PostgreSQL standby in the integration tests.
 */
class ReadRoutingTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static String memoryUrl() {
        return "jdbc:h2:mem:routing-" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static final String DOWN = "jdbc:h2:tcp://127.0.0.1:1/mem:nothing";

    private static long reads(Database db) {
        return db.replicas().stream().mapToLong(ReplicaStatus::reads).sum();
    }

    @Test
    void withoutReplicasReadContextsReadOnThePrimaryAndNothingRecordsPositions() {
        try (Database db = Database.inMemory()) {
            assertEquals(List.of(), db.replicas());
            db.inContext(() -> db.session().dsl().execute("create table t(i int)"));
            assertEquals(CommitPosition.NONE, db.commitPosition());
            int count = db.inReadContext(() -> {
                assertTrue(db.session().readOnly());
                return db.session().dsl().fetchCount(org.jooq.impl.DSL.table("t"));
            });
            assertEquals(0, count);
            db.inContext(() -> assertFalse(db.session().readOnly()));
        }
    }

    @Test
    void readContextsReadOnAReplicaAndOrdinaryContextsNever() {
        String url = memoryUrl();
        try (Database db = Database.builder().url(url).replica(url).build()) {
            ReplicaStatus status = db.replicas().get(0);
            assertEquals("", status.bind());
            assertEquals(url, status.url());
            assertTrue(status.usable(), String.valueOf(status.problem()));
            assertNull(status.problem());
            assertEquals(Duration.ZERO, status.lag());
            db.inContext(() -> db.session().dsl().execute("create table t(i int)"));
            db.inContext(() -> db.session().dsl().execute("insert into t values (1)"));
            assertEquals(0, reads(db));
            for (int i = 1; i <= 3; i++) {
                assertEquals(1, (int) db.inReadContext(() -> db.session().dsl().fetchCount(org.jooq.impl.DSL.table("t"))));
                assertEquals(i, reads(db));
            }
            // H2 has no commit positions: nothing to wait for, so nothing is recorded.
            assertEquals(CommitPosition.NONE, db.commitPosition());
        }
    }

    @Test
    void aReplicaThatIsDownDoesNotStopTheBuildAndReadsGoToThePrimaryWithoutAnError() {
        String url = memoryUrl();
        try (Database db = Database.builder().url(url).replica(DOWN).build()) {
            ReplicaStatus status = db.replicas().get(0);
            assertFalse(status.usable());
            assertTrue(status.problem().startsWith("down: "), status.problem());
            assertNull(status.lag());
            db.inContext(() -> db.session().dsl().execute("create table t(i int)"));
            assertEquals(0, (int) db.inReadContext(() -> db.session().dsl().fetchCount(org.jooq.impl.DSL.table("t"))));
            assertEquals(0, reads(db));
        }
    }

    @Test
    void readsTakeTurnsAmongUsableReplicasAndSkipTheOneThatIsDown() {
        String url = memoryUrl();
        try (Database db = Database.builder().url(url).replica(url).replica(DOWN).replica(url).build()) {
            db.inContext(() -> db.session().dsl().execute("create table t(i int)"));
            for (int i = 0; i < 10; i++) {
                db.inReadContext(() -> db.session().dsl().fetchCount(org.jooq.impl.DSL.table("t")));
            }
            List<ReplicaStatus> status = db.replicas();
            assertEquals(10, status.get(0).reads() + status.get(2).reads());
            assertTrue(status.get(0).reads() >= 3 && status.get(2).reads() >= 3, status.toString());
            assertEquals(0, status.get(1).reads());
        }
    }

    @Test
    void aReadContextJoinsAnEnclosingContextThatHasUsedTheDatabaseAndOtherwiseReadsOnItsOwn() {
        String url = memoryUrl();
        try (Database db = Database.builder().url(url).replica(url).build()) {
            db.inContext(() -> db.session().dsl().execute("create table t(i int)"));
            db.inContext(() -> {
                // Nothing used yet: a read context of its own, on the replica.
                db.inReadContext(() -> assertTrue(db.session().readOnly()));
                db.session().dsl().execute("insert into t values (1)");
                // Uncommitted work: the read joins it, and sees it.
                int seen = db.inReadContext(() -> {
                    assertFalse(db.session().readOnly());
                    return db.session().dsl().fetchCount(org.jooq.impl.DSL.table("t"));
                });
                assertEquals(1, seen);
            });
        }
    }

    @Test
    void replicaMistakesAreConfigurationErrorsThatSayWhatToDo() {
        String url = memoryUrl();
        ConfigurationException otherKind = assertThrows(ConfigurationException.class,
                () -> Database.builder().url(url).replica("jdbc:postgresql://127.0.0.1:1/x").build());
        assertTrue(otherKind.getMessage().contains("must be of its primary's kind"), otherKind.getMessage());
        ConfigurationException noBind = assertThrows(ConfigurationException.class,
                () -> Database.builder().url(url).replica("analytics", url).build());
        assertTrue(noBind.getMessage().contains("bind 'analytics'") && noBind.getMessage().contains("bind(name, url)"),
                noBind.getMessage());
        ConfigurationException zero = assertThrows(ConfigurationException.class,
                () -> Database.builder().replicaWaitTimeout(Duration.ZERO));
        assertTrue(zero.getMessage().startsWith("replicaWaitTimeout must be positive"), zero.getMessage());
        assertThrows(ConfigurationException.class, () -> Database.builder().maxReplicaLag(Duration.ofSeconds(-1)));
        assertThrows(ConfigurationException.class, () -> Database.builder().replicaCheckInterval(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> {
            try (Database db = Database.inMemory()) {
                db.inReadContext(null, () -> { });
            }
        });
    }

    @Test
    void aBindsReplicasAreItsOwnAndInheritItsCredentials() {
        String main = memoryUrl();
        String other = memoryUrl();
        try (Database db = Database.builder().url(main).bind("other", BindConfig.of(other))
                .replica("other", other).build()) {
            ReplicaStatus status = db.replicas().get(0);
            assertEquals("other", status.bind());
            db.inContext(() -> db.session().dsl("other").execute("create table o(i int)"));
            db.inReadContext(() -> db.session().dsl().fetchValue("select 1"));
            assertEquals(0, db.replicas().get(0).reads());
            db.inReadContext(() -> db.session().dsl("other").fetchCount(org.jooq.impl.DSL.table("o")));
            assertEquals(1, db.replicas().get(0).reads());
        }
    }
}

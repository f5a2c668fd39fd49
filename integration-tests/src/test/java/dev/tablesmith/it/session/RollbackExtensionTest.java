package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tablesmith.Database;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import dev.tablesmith.test.RollbackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs a real test class with the extension and checks that the database is unchanged afterwards. */
class RollbackExtensionTest {
    private static Database shared;

    /** The user's test class: it writes, and sees its writes, in every test. */
    static class WritingTests {
        @RegisterExtension
        final RollbackExtension rollback = RollbackExtension.of(() -> shared);

        @Test
        void insertsAndSeesItsRows() {
            UserDao users = new UserDao(shared);
            users.insert(new User("ada", null));
            users.insert(new User("grace", null));
            assertEquals(2, users.count());
        }

        @Test
        void startsEmptyBecauseTheOtherTestRolledBack() {
            UserDao users = new UserDao(shared);
            assertEquals(0, users.count());
            users.insert(new User("ada", null));
        }

        /** Code under test that opens its own context joins the test's transaction, so it is rolled back too. */
        @Test
        void codeThatOpensItsOwnContextIsRolledBackToo() {
            UserDao users = new UserDao(shared);
            shared.inContext(() -> users.insert(new User("committed by a service", null)));
            assertEquals(1, users.count(), "the test sees what the service wrote");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void everyTestRunsInAContextThatRollsBack(TestDatabase target) {
        try (Database db = target.open()) {
            shared = db;
            EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(WritingTests.class))
                    .execute()
                    .testEvents()
                    .assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
            assertEquals(0L, (long) db.inContext(new UserDao(db)::count), "the database is unchanged");
            assertEquals(0, Pools.active(db));
        } finally {
            shared = null;
        }
    }
}

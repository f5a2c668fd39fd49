package dev.tablesmith.it.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.CommitPosition;
import dev.tablesmith.Database;
import dev.tablesmith.ReadOnlyTransactionException;
import dev.tablesmith.ReplicaStatus;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read routing on both server databases, with a "replica" URL that reaches the primary server itself (MariaDB
 * replication is not set up here; PostgreSQL's real standby is {@link StandbyReadsTest}'s): read contexts take the
 * replica's read-only pool, writes there are refused, and a replica that cannot be reached sends reads to the primary
 * without an error. Only PostgreSQL records commit positions.
 */
class ReplicaRoutingTest {
    private static final String NOWHERE = "//127.0.0.1:1/";

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void readContextsTakeTheReplicaAndRefuseWrites(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().replica(target.url()).build())) {
            UserDao users = new UserDao(db);
            User ada = db.inContext(() -> users.insert(new User("ada", null)));
            assertEquals(target == TestDatabase.POSTGRES, !db.commitPosition().isNone(),
                    "commit positions on PostgreSQL only: " + db.commitPosition());
            assertTrue(db.inReadContext(() -> users.findById(ada.getId()).isPresent()));
            assertEquals(1, db.replicas().get(0).reads());
            ReadOnlyTransactionException refused = assertThrows(ReadOnlyTransactionException.class,
                    () -> db.inReadContext(() -> users.insert(new User("bob", null))));
            assertTrue(refused.getMessage().contains("db.inContext(...)"), refused.getMessage());
            assertEquals(1L, (long) db.inContext(users::count));
            // The replica's pool is read-only for good: an ordinary context's writes never go there.
            db.inContext(() -> users.insert(new User("carol", null)));
            assertEquals(2L, (long) db.inReadContext(CommitPosition.NONE, users::count));
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#servers")
    void aReplicaThatCannotBeReachedSendsReadsToThePrimaryWithoutAnError(TestDatabase target) {
        String nowhere = target.url().replaceFirst("//[^/]+/", NOWHERE);
        try (Database db = TestDatabase.fresh(target.builder().replica(nowhere).build())) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insert(new User("ada", null)));
            ReplicaStatus status = db.replicas().get(0);
            assertFalse(status.usable());
            assertTrue(status.problem().startsWith("down: "), status.toString());
            for (int i = 0; i < 5; i++) {
                assertEquals(1L, (long) db.inReadContext(users::count));
            }
            assertEquals(0, db.replicas().get(0).reads());
        }
    }
}

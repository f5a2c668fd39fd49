package dev.tablesmith.exampleweb;

import dev.tablesmith.Database;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Drops the service's tables from PostgreSQL when the run ends. The service's {@code todo} table references its
 * {@code "user"} table; left behind, it would stop any other suite on the same database from dropping a
 * {@code "user"} table of its own, so a second run of the project's tests would fail where the first passed.
 */
public final class ServerCleanup implements TestExecutionListener {
    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (TestDatabase.all().noneMatch(target -> target == TestDatabase.POSTGRES)) {
            return;
        }
        try (Database db = Database.builder().url(TestDatabase.postgresUrl()).user(TestDatabase.postgresUser())
                .password(TestDatabase.postgresPassword()).build()) {
            db.dropAll();
        } catch (RuntimeException e) {
            System.err.println("[tablesmith] could not drop the service's tables on PostgreSQL: " + e);
        }
    }
}

package dev.tablesmith.it;

import dev.tablesmith.Database;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Drops every model table from the server databases when the run ends, so the suite leaves PostgreSQL and MariaDB
 * as it found them (each test already starts by dropping and creating the tables it uses).
 */
public final class ServerCleanup implements TestExecutionListener {
    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        for (TestDatabase target : new TestDatabase[] {TestDatabase.POSTGRES, TestDatabase.MARIADB}) {
            if (target.reachable()) {
                try (Database db = target.builder().build()) {
                    db.dropAll();
                } catch (RuntimeException e) {
                    System.err.println("[tablesmith] could not drop the test tables on " + target + ": " + e);
                }
            }
        }
    }
}

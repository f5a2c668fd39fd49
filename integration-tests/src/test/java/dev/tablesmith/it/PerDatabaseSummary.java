package dev.tablesmith.it;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of the run, how many tests ran on each database (tests are named {@code [h2]},
 * {@code [postgres]}, ...), so a log shows at a glance that no database was silently left out.
 */
public final class PerDatabaseSummary implements TestExecutionListener {
    private final Map<TestDatabase, int[]> counts = new EnumMap<>(TestDatabase.class);

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        for (TestDatabase db : TestDatabase.values()) {
            if (test.getDisplayName().startsWith("[" + db.key() + "]")) {
                int[] count = counts.computeIfAbsent(db, d -> new int[2]);
                count[result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? 0 : 1]++;
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (counts.isEmpty()) {
            return;
        }
        StringJoiner line = new StringJoiner(", ", "[tablesmith] tests per database: ", "");
        for (TestDatabase db : TestDatabase.values()) {
            int[] count = counts.getOrDefault(db, new int[2]);
            line.add(db.key() + " " + count[0] + " passed" + (count[1] > 0 ? " / " + count[1] + " not passed" : ""));
        }
        System.out.println(line);
    }
}

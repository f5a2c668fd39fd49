package dev.tablesmith.exampleweb.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.exampleweb.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The load run in short: two small rounds of both services on PostgreSQL. It proves the run works and that under 64
 * concurrent clients nothing goes wrong that must not; it measures nothing.
 */
class LoadRunSmokeTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#postgres")
    void aShortRunHasNoUnexpectedAnswersNoLeaksAndNoRowsFromFailedRequests(TestDatabase target) throws Exception {
        LoadOptions options = new LoadOptions(TestDatabase.postgresUrl(), TestDatabase.postgresUser(),
                TestDatabase.postgresPassword(), 64, 2, 192, 0, 10, 20, 30, Duration.ofSeconds(60));
        LoadRun.Report report = LoadRun.run(options, System.out);
        System.out.println(report.text());
        assertEquals(0, report.unexpected(), report.text());
        assertEquals(0, report.leakedInRuns(), report.text());
        assertEquals(0, report.leakedAfter(), report.text());
        assertEquals(0, report.rowsFromFailed(), report.text());
        assertTrue(report.failedOnPurpose() > 0, "some requests failed on purpose: " + report.text());
        assertTrue(report.passed(), report.text());
    }
}

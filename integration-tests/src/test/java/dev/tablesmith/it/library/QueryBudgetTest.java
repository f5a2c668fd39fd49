package dev.tablesmith.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.tablesmith.Database;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.QueryBudget;
import dev.tablesmith.test.RollbackExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link QueryBudget} fails a test whose loop ran one statement per row (N+1), naming the line, the SQL and the
 * count, and passes the same work done with {@code with(...)}: real test classes run through JUnit's engine.
 */
class QueryBudgetTest {
    private static Database shared;

    /** The user's tests: the same report written twice. */
    static class ReportTests {
        @RegisterExtension
        final RollbackExtension rollback = RollbackExtension.of(() -> shared);

        @Test
        @QueryBudget(sameShapeFromSameSite = 3)
        void authorOfEveryBookOneByOne() {
            var books = new BookDao(shared);
            var authors = new AuthorDao(shared);
            List<String> lines = new ArrayList<>();
            for (Book book : books.all()) {
                lines.add(book.getTitle() + " by " + authors.getById(book.getAuthorId()).getName());
            }
            assertEquals(12, lines.size());
        }

        @Test
        @QueryBudget(sameShapeFromSameSite = 3)
        void authorOfEveryBookWithWith() {
            var books = new BookDao(shared);
            List<String> lines = new ArrayList<>();
            for (Book book : books.where().with(BookDao.AUTHOR).list()) {
                lines.add(book.getTitle() + " by " + book.getAuthor().getName());
            }
            assertEquals(12, lines.size());
        }
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(ReportTests.class, method))
                .execute()
                .testEvents();
    }

    private static Throwable failure(Events events) {
        Event failed = events.failed().stream().findFirst().orElseThrow();
        return failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#all")
    void aLoopOfFindByIdFailsAndTheSameWorkWithWithPasses(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            Library.seed(db, 4, 3);
            shared = db;
            Events loop = run("authorOfEveryBookOneByOne");
            loop.assertStatistics(stats -> stats.started(1).failed(1));
            Throwable failure = failure(loop);
            String message = failure.getMessage();
            assertTrue(failure instanceof AssertionError, String.valueOf(failure));
            assertTrue(message.contains("QueryBudgetTest.java:"), message);
            assertTrue(message.contains("(authorOfEveryBookOneByOne)"), message);
            assertTrue(message.contains("ran 12 times"), message);
            assertTrue(message.matches("(?s).*select .* from .author. where .author.\\..id. = .*"), message);

            run("authorOfEveryBookWithWith").assertStatistics(stats -> stats.started(1).succeeded(1));
        } finally {
            shared = null;
        }
    }

    @Test
    void aBudgetOnADatabaseThatRecordsNothingFailsTheTest() {
        try (Database db = TestDatabase.fresh(TestDatabase.H2.builder().build())) {
            Library.seed(db, 4, 3);
            shared = db;
            Events events = run("authorOfEveryBookWithWith");
            events.assertStatistics(stats -> stats.started(1).failed(1));
            Throwable failure = failure(events);
            assertTrue(failure.getMessage().contains("recordQueries(true)"), failure.getMessage());
        } finally {
            shared = null;
        }
    }
}

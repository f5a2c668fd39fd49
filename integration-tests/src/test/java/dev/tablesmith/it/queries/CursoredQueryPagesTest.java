package dev.tablesmith.it.queries;

import static dev.tablesmith.it.queries.TaskRows.START;
import static dev.tablesmith.it.queries.TaskRows.seed;
import static dev.tablesmith.it.queries.TaskRows.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;

/**
 * Keyset pagination of {@code @Query} methods returning {@code CursoredPage}, on every database: the SQL of the first
 * page and of the pages after and before a cursor was rendered at compile time, with the id appended to an ordering
 * that is not unique.
 */
class CursoredQueryPagesTest {
    @AllDatabases
    void walkingForwardAndBackWhileRowsAreInserted(TestDatabase target) {
        try (Database db = target.open()) {
            List<Long> members = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            TaskDao tasks = new TaskDao(db);
            MemberDao memberDao = new MemberDao(db);
            // member_id descending, then the appended id ascending: b0 b1 b2 | a0 a1 a2 (b3 is done)
            CursoredPage<Task> first = db.inContext(() -> queries.feed(false, null, 2));
            assertEquals(List.of("b0", "b1"), titles(first));
            assertFalse(first.hasPrevious());
            assertTrue(first.hasNext());
            db.inContext(() -> {
                // One row sorting before the cursor (a newer member), one after it (a later id of Bob's).
                Member cy = memberDao.insert(new Member(null, "cy"));
                tasks.insert(new Task(cy.id(), "c0", false, START));
                tasks.insert(new Task(members.get(1), "b4", false, START));
                tasks.insert(new Task(members.get(0), "done", true, START));
            });
            db.inContext(() -> {
                CursoredPage<Task> second = queries.feed(false, first.nextCursor().orElseThrow(), 2);
                assertEquals(List.of("b2", "b4"), titles(second), "no row repeats or is skipped after inserts");
                assertTrue(second.hasPrevious());
                CursoredPage<Task> third = queries.feed(false, second.nextCursor().orElseThrow(), 2);
                assertEquals(List.of("a0", "a1"), titles(third));
                CursoredPage<Task> last = queries.feed(false, third.nextCursor().orElseThrow(), 2);
                assertEquals(List.of("a2"), titles(last));
                assertFalse(last.hasNext());
                assertTrue(last.nextCursor().isEmpty());

                CursoredPage<Task> backToThird = queries.feed(false, last.previousCursor().orElseThrow(), 2);
                assertEquals(List.of("a0", "a1"), titles(backToThird));
                assertTrue(backToThird.hasNext());
                CursoredPage<Task> beforeSecond = queries.feed(false, second.previousCursor().orElseThrow(), 2);
                assertEquals(List.of("b0", "b1"), titles(beforeSecond), "the previous page, in the query's order");
                assertTrue(beforeSecond.hasPrevious(), "the row inserted before the cursor precedes it now");
                CursoredPage<Task> top = queries.feed(false, beforeSecond.previousCursor().orElseThrow(), 2);
                assertEquals(List.of("c0"), titles(top));
                assertFalse(top.hasPrevious());
                assertEquals(List.of("c0", "b0"), titles(queries.feed(false, null, 2)), "a null cursor starts over");
                assertEquals(List.of("b3", "done"), titles(queries.feed(true, null, 5)), "parameters bind too");
            });
        }
    }

    @AllDatabases
    void aJoinedTableNamedByItsAliasPagesAsTheTableItself(TestDatabase target) {
        try (Database db = target.open()) {
            seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                // t.* of a join and an ORDER BY through the alias: the same pages as the query on the table alone.
                CursoredPage<Task> first = queries.feedThroughAliases(false, null, 2);
                assertEquals(List.of("b0", "b1"), titles(first));
                CursoredPage<Task> second = queries.feedThroughAliases(false, first.nextCursor().orElseThrow(), 2);
                assertEquals(List.of("b2", "a0"), titles(second));
                CursoredPage<Task> third = queries.feedThroughAliases(false, second.nextCursor().orElseThrow(), 2);
                assertEquals(List.of("a1", "a2"), titles(third));
                assertFalse(third.hasNext());
                assertEquals(List.of("b2", "a0"),
                        titles(queries.feedThroughAliases(false, third.previousCursor().orElseThrow(), 2)));
                assertEquals(titles(queries.feed(false, null, 10)), titles(queries.feedThroughAliases(false, null, 10)));
            });
        }
    }

    @AllDatabases
    void aProjectionPagesByADateTimeToTheMicrosecond(TestDatabase target) {
        try (Database db = target.open()) {
            long bob = seed(db).get(1);
            TaskQueries queries = new TaskQueriesImpl(db);
            TaskDao tasks = new TaskDao(db);
            db.inContext(() -> {
                CursoredPage<TaskStamp> first = queries.stamps(bob, null, 3);
                assertEquals(List.of("b3", "b2", "b1"), first.items().stream().map(TaskStamp::title).toList());
                assertEquals(START.plusSeconds(3), first.items().get(0).created());
                tasks.insert(new Task(bob, "newest", false, START.plusSeconds(5)));
                tasks.insert(new Task(bob, "oldest", false, START.minusSeconds(1)));
                CursoredPage<TaskStamp> second = queries.stamps(bob, first.nextCursor().orElseThrow(), 3);
                assertEquals(List.of("b0", "oldest"), second.items().stream().map(TaskStamp::title).toList());
                assertFalse(second.hasNext());
                CursoredPage<TaskStamp> back = queries.stamps(bob, second.previousCursor().orElseThrow(), 3);
                assertEquals(List.of("b3", "b2", "b1"), back.items().stream().map(TaskStamp::title).toList());
                assertTrue(back.hasPrevious(), "the newest row now precedes the first page");
            });
        }
    }

    @AllDatabases
    void aForeignCursorOrABadLimitIsRefused(TestDatabase target) {
        try (Database db = target.open()) {
            long bob = seed(db).get(1);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                String feedCursor = queries.feed(false, null, 1).nextCursor().orElseThrow();
                IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                        () -> queries.stamps(bob, feedCursor, 2));
                assertTrue(foreign.getMessage().contains("is not a cursor of a query ordered by [created, id]"),
                        foreign.getMessage());
                assertThrows(IllegalArgumentException.class, () -> queries.feed(false, "not a cursor", 2));
                IllegalArgumentException limit = assertThrows(IllegalArgumentException.class,
                        () -> queries.feed(false, null, 0));
                assertTrue(limit.getMessage().contains("at least 1 row"), limit.getMessage());
            });
        }
    }
}

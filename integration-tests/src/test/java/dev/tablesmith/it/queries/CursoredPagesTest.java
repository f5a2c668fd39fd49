package dev.tablesmith.it.queries;

import static dev.tablesmith.it.queries.TaskRows.START;
import static dev.tablesmith.it.queries.TaskRows.seed;
import static dev.tablesmith.it.queries.TaskRows.titles;
import static dev.tablesmith.it.queries.TaskTable.TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;

/** Keyset pagination of {@code where(...).orderBy(...).after(cursor).limit(n)}, on every database. */
class CursoredPagesTest {
    @AllDatabases
    void pagesFollowTheOrderWithTheIdAppended(TestDatabase target) {
        try (Database db = target.open()) {
            seed(db);
            TaskDao tasks = new TaskDao(db);
            db.inContext(() -> {
                // member_id descending is not unique: the id, ascending, settles ties.
                CursoredPage<Task> first = tasks.where().orderBy(TASK.MEMBER_ID.desc()).after(null).limit(3);
                assertEquals(List.of("b0", "b1", "b2"), titles(first));
                assertFalse(first.hasPrevious());
                CursoredPage<Task> second = tasks.where().orderBy(TASK.MEMBER_ID.desc())
                        .after(first.nextCursor().orElseThrow()).limit(3);
                assertEquals(List.of("b3", "a0", "a1"), titles(second));
                CursoredPage<Task> last = tasks.where().orderBy(TASK.MEMBER_ID.desc())
                        .after(second.nextCursor().orElseThrow()).limit(3);
                assertEquals(List.of("a2"), titles(last));
                assertFalse(last.hasNext());
                assertTrue(last.nextCursor().isEmpty());
                CursoredPage<Task> back = tasks.where().orderBy(TASK.MEMBER_ID.desc())
                        .before(second.previousCursor().orElseThrow()).limit(3);
                assertEquals(titles(first), titles(back));
                assertFalse(back.hasPrevious());
                CursoredPage<Task> open = tasks.where(TASK.DONE.isFalse()).orderBy(TASK.MEMBER_ID.desc())
                        .after(first.nextCursor().orElseThrow()).limit(10);
                assertEquals(List.of("a0", "a1", "a2"), titles(open), "conditions apply with the cursor");
            });
        }
    }

    @AllDatabases
    void aCursorCarriesADateTimeToTheMicrosecond(TestDatabase target) {
        try (Database db = target.open()) {
            seed(db);
            TaskDao tasks = new TaskDao(db);
            db.inContext(() -> {
                // created: b0 +0s, b1 +1s, b2 +2s, b3 +3s, a2 +8s, a1 +9s, a0 +10s
                CursoredPage<Task> first = tasks.where().orderBy(TASK.CREATED).after(null).limit(4);
                assertEquals(List.of("b0", "b1", "b2", "b3"), titles(first));
                CursoredPage<Task> second = tasks.where().orderBy(TASK.CREATED)
                        .after(first.nextCursor().orElseThrow()).limit(4);
                assertEquals(List.of("a2", "a1", "a0"), titles(second));
            });
        }
    }

    @AllDatabases
    void rowsInsertedBeforeTheCursorNeitherRepeatNorShiftTheNextPage(TestDatabase target) {
        try (Database db = target.open()) {
            List<Long> members = seed(db);
            TaskDao tasks = new TaskDao(db);
            // Newest first: a new row sorts before the page already read.
            CursoredPage<Task> first = db.inContext(() -> tasks.where().orderBy(TASK.ID.desc()).after(null).limit(2));
            assertEquals(List.of("b3", "b2"), titles(first));
            db.inContext(() -> tasks.insert(new Task(members.get(0), "new", false, START)));
            CursoredPage<Task> second = db.inContext(() -> tasks.where().orderBy(TASK.ID.desc())
                    .after(first.nextCursor().orElseThrow()).limit(2));
            assertEquals(List.of("b1", "b0"), titles(second));
            List<String> offsetPage = db.inContext(() -> tasks.where().orderBy(TASK.ID.desc()).offset(2).limit(2)
                    .list()).stream().map(t -> t.title).toList();
            assertEquals(List.of("b2", "b1"), offsetPage, "an offset page repeats b2: the cursor page does not");
        }
    }

    @AllDatabases
    void aForeignOrNullableOrderingAndAForeignCursorAreRefused(TestDatabase target) {
        try (Database db = target.open()) {
            seed(db);
            TaskDao tasks = new TaskDao(db);
            db.inContext(() -> {
                IllegalArgumentException nullable = assertThrows(IllegalArgumentException.class,
                        () -> tasks.where().orderBy(TASK.TITLE).after(null));
                assertThrows(IllegalArgumentException.class, () -> tasks.where().orderBy(TASK.ID.plus(1)).after(null),
                        "an expression is not a column whose value a cursor can hold");
                assertTrue(nullable.getMessage().contains("nullable column title"), nullable.getMessage());
                String cursor = tasks.where().orderBy(TASK.MEMBER_ID).after(null).limit(1).nextCursor()
                        .orElseThrow();
                IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                        () -> tasks.where().orderBy(TASK.DONE).after(cursor));
                assertTrue(foreign.getMessage().contains("is not a cursor of a query ordered by [done, id]"),
                        foreign.getMessage());
            });
        }
    }
}

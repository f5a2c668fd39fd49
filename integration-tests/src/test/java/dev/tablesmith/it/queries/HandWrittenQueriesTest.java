package dev.tablesmith.it.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every return shape of a {@code @Queries} interface, run on every database from the SQL the processor rendered
 * for it at compile time.
 */
class HandWrittenQueriesTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** Ada has tasks a1..a3 (a2 done), Bob has b1 (open): ids in that order. */
    private record Seeded(Member ada, Member bob, List<Task> tasks) {
    }

    private static Seeded seed(Database db) {
        MemberDao members = new MemberDao(db);
        TaskDao tasks = new TaskDao(db);
        return db.inContext(() -> {
            Member ada = members.insert(new Member(null, "ada"));
            Member bob = members.insert(new Member(null, "bob"));
            List<Task> stored = tasks.insertAll(List.of(
                    new Task(ada.id(), "a1", false, START.plusSeconds(1)),
                    new Task(ada.id(), "a2", true, START.plusSeconds(2)),
                    new Task(ada.id(), "a3", false, START.plusSeconds(3)),
                    new Task(bob.id(), "b1", false, START.plusSeconds(4))));
            return new Seeded(ada, bob, stored);
        });
    }

    private static List<String> titles(List<Task> tasks) {
        return tasks.stream().map(t -> t.title).toList();
    }

    @AllDatabases
    void listsOfModelsAndProjections(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                List<Task> open = queries.open(seeded.ada().id());
                assertEquals(List.of("a1", "a3"), titles(open));
                assertEquals(START.plusSeconds(3), open.get(1).created);
                assertEquals(seeded.ada().id(), open.get(0).memberId);
                assertEquals(List.of(new OpenCount("ada", 2), new OpenCount("bob", 1)), queries.openCounts());
            });
        }
    }

    @AllDatabases
    void singleValuesOptionalsAndModels(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            long a2 = seeded.tasks().get(1).id;
            db.inContext(() -> {
                assertEquals(3L, queries.countOf(seeded.ada().id()));
                assertEquals(0L, queries.countOf(-1));
                assertEquals("a2", queries.titleOf(a2).orElseThrow());
                assertTrue(queries.titleOf(-1).isEmpty());
                Task task = queries.get(a2);
                assertEquals("a2", task.title);
                assertTrue(task.done);
                NotFoundException missing = assertThrows(NotFoundException.class, () -> queries.get(-1));
                assertTrue(missing.getMessage().contains("TaskQueries.get"), missing.getMessage());
                assertEquals(seeded.bob(), queries.named("bob").orElseThrow());
                assertTrue(queries.named("nobody").isEmpty());
            });
        }
    }

    @AllDatabases
    void updatesAndDeletesReturnTheirRowCounts(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            long a1 = seeded.tasks().get(0).id;
            db.inContext(() -> {
                assertEquals(1, queries.markDone(a1));
                assertEquals(0, queries.markDone(-1));
                queries.retitle(a1, "renamed");
            });
            db.inContext(() -> {
                assertEquals("renamed", queries.titleOf(a1).orElseThrow());
                assertEquals(2L, queries.purgeDone());
                assertEquals(List.of("a3", "b1"), titles(new TaskDao(db).all()));
            });
        }
    }

    @AllDatabases
    void aStreamReadsTheCursorAndClosesIt(TestDatabase target) {
        try (Database db = target.open()) {
            seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                try (Stream<Task> all = queries.all()) {
                    assertEquals(List.of("a1", "a2", "a3", "b1"), all.map(t -> t.title).toList());
                }
                try (Stream<Task> first = queries.all()) {
                    assertEquals("a1", first.findFirst().orElseThrow().title);
                }
                assertEquals(4, new TaskDao(db).count(), "the session is usable after a stream is closed early");
            });
        }
    }

    @AllDatabases
    void pagesCountOnceAndFetchTheirNeighbours(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskDao tasks = new TaskDao(db);
            List<Task> more = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                more.add(new Task(seeded.bob().id(), "m" + i, false, START));
            }
            db.inContext(() -> tasks.insertAll(more));
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                Page<Task> first = queries.pageOf(false, 1, 4);
                assertEquals(9, first.total());
                assertEquals(3, first.pages());
                assertEquals(List.of("a1", "a3", "b1", "m0"), titles(first.items()));
                Page<Task> last = first.next().next();
                assertEquals(List.of("m5"), titles(last.items()));
                assertFalse(last.hasNext());
                assertEquals(List.of("a2"), titles(queries.pageOf(true, 1, 4).items()));
                assertThrows(NotFoundException.class, () -> queries.pageOf(false, 4, 4));
            });
        }
    }

    @AllDatabases
    void parametersBindWhereEachDialectPutsThem(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                // LIMIT ? OFFSET ? on one database is OFFSET ? ROWS FETCH NEXT ? ROWS ONLY on another.
                assertEquals(List.of("a2", "a3"), queries.titlesWindow(2, 1));
                assertEquals(List.of("a3", "b1"), queries.createdAfter(START.plusSeconds(2)));
                // One parameter used twice binds twice; a value is never spliced into the SQL.
                assertEquals(List.of("a1"), queries.titled("a1", seeded.bob().id()));
                assertEquals(List.of(), queries.titled("a1' or '1' = '1", seeded.ada().id()));
            });
        }
    }

    @AllDatabases
    void findMethodsMatchTheirParametersToColumns(TestDatabase target) {
        try (Database db = target.open()) {
            Seeded seeded = seed(db);
            TaskQueries queries = new TaskQueriesImpl(db);
            db.inContext(() -> {
                assertEquals(List.of("a1", "a3"), titles(queries.byMemberIdAndDone(seeded.ada().id(), false)));
                assertEquals(List.of("a2"), titles(queries.byMemberIdAndDone(seeded.ada().id(), true)));
                assertEquals(seeded.ada(), queries.byUsername("ada").orElseThrow());
                assertTrue(queries.byUsername("nobody").isEmpty());
            });
        }
    }

    @AllDatabases
    void queriesRunOnlyInAContext(TestDatabase target) {
        try (Database db = target.open()) {
            TaskQueries queries = new TaskQueriesImpl(db);
            assertThrows(dev.tablesmith.OutsideContextException.class, () -> queries.countOf(1));
        }
    }
}

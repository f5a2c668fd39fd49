package dev.tablesmith.it.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.queries.Member;
import dev.tablesmith.it.queries.MemberDao;
import dev.tablesmith.it.queries.Task;
import dev.tablesmith.it.queries.TaskDao;
import java.time.Instant;
import java.util.List;

/**
 * {@link MemberTaskQueries}, checked and rendered at compile time against models of another compilation, runs on
 * every database and reads rows into those models and into a projection.
 */
class OtherModuleQueriesTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @AllDatabases
    void queriesOverModelsOfAnotherModule(TestDatabase target) {
        try (Database db = target.open()) {
            MemberDao members = new MemberDao(db);
            TaskDao tasks = new TaskDao(db);
            MemberTaskQueries queries = new MemberTaskQueriesImpl(db);
            db.inContext(() -> {
                Member ada = members.insert(new Member(null, "ada"));
                Member bob = members.insert(new Member(null, "bob"));
                tasks.insertAll(List.of(new Task(ada.id(), "a1", false, START), new Task(ada.id(), "a2", true, START),
                        new Task(bob.id(), "b1", false, START)));

                assertEquals(ada, queries.member("ada").orElseThrow());
                assertTrue(queries.member("nobody").isEmpty());
                assertEquals(List.of("a1"), queries.open(ada.id()).stream().map(t -> t.title).toList());
                assertEquals(List.of(new TaskCount("ada", 2), new TaskCount("bob", 1)), queries.counts());
                assertEquals(List.of("a1", "a2"), queries.byMemberId(ada.id()).stream().map(t -> t.title).toList());
                var page = queries.page(2, 2);
                assertEquals(3, page.total());
                assertEquals(List.of("b1"), page.items().stream().map(t -> t.title).toList());
            });
        }
    }
}

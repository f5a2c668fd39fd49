package dev.tablesmith.it.session;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.ModelChange;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Recorded queries (Flask's get_recorded_queries) and commit listeners (Flask's models_committed). */
class ObservabilityTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void recordedQueriesNameStatementParametersDurationAndTheCallingLine(TestDatabase target) {
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            UserDao users = new UserDao(db);
            Instant startedAfter = Instant.now().minusMillis(1); // a start derived in whole milliseconds
            long before = System.nanoTime();
            List<RecordedQuery> recorded = db.inContext(() -> {
                User ada = users.insert(new User("ada", "ada@example.com"));
                users.findById(ada.getId());
                users.where(USER.USERNAME.eq("ada")).list();
                db.session().dsl().selectFrom(USER).where(USER.USERNAME.eq("ada")).fetch();
                return db.recordedQueries();
            });
            Duration wholeContext = Duration.ofNanos(System.nanoTime() - before);
            Instant endedBefore = Instant.now();
            assertEquals(4, recorded.size(), recorded.toString());
            for (RecordedQuery query : recorded) {
                assertFalse(query.duration().isNegative(), query.toString());
                assertTrue(query.duration().compareTo(wholeContext) <= 0,
                        "a statement's duration is timed from its own start: " + query);
                assertFalse(query.start().isBefore(startedAfter) || query.start().isAfter(endedBefore),
                        "a statement starts within its context: " + query);
            }
            RecordedQuery insert = recorded.get(0);
            assertTrue(insert.statement().toLowerCase(java.util.Locale.ROOT).startsWith("insert into"),
                    insert.statement());
            assertTrue(insert.parameters().contains("ada") && insert.parameters().contains("ada@example.com"),
                    insert.parameters().toString());
            assertTrue(insert.location().matches("ObservabilityTest\\.java:\\d+ \\(lambda\\$.+\\)"),
                    "the first application frame, not Tablesmith's or jOOQ's: " + insert.location());
            assertTrue(recorded.get(2).parameters().contains("ada"), "DAO queries are recorded with their binds");
            assertTrue(recorded.get(3).parameters().contains("ada"), "jOOQ queries are recorded with their binds");
            assertTrue(recorded.get(3).location().startsWith("ObservabilityTest.java:"), recorded.get(3).location());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void commitListenersHearOfCommittedChangesOnly(TestDatabase target) {
        try (Database db = target.open()) {
            List<List<ModelChange>> heard = new CopyOnWriteArrayList<>();
            db.onCommit(changes -> heard.add(new ArrayList<>(changes)));
            UserDao users = new UserDao(db);
            User ada = db.inContext(() -> users.insert(new User("ada", null)));
            db.inContext(() -> {
                ada.setEmail("ada@example.com");
                users.update(ada);
                users.insert(new User("grace", null));
            });
            assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                users.deleteById(ada.getId());
                throw new IllegalStateException("rolled back");
            }));
            db.inContext(() -> users.delete(ada));

            assertEquals(3, heard.size(), "one notification per committed context, none for the rollback");
            assertEquals(List.of(ModelChange.Kind.INSERT), kinds(heard.get(0)));
            assertEquals(List.of(ModelChange.Kind.UPDATE, ModelChange.Kind.INSERT), kinds(heard.get(1)));
            assertEquals(List.of(ModelChange.Kind.DELETE), kinds(heard.get(2)));
            assertEquals(USER, heard.get(0).get(0).table());
            assertEquals("ada", ((User) heard.get(0).get(0).entity()).getUsername());
        }
    }

    private static List<ModelChange.Kind> kinds(List<ModelChange> changes) {
        return changes.stream().map(ModelChange::kind).toList();
    }
}

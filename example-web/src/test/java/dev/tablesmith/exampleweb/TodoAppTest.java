package dev.tablesmith.exampleweb;

import static dev.tablesmith.exampleweb.TodoTable.TODO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The todo service in a real Javalin server, over real HTTP, on H2 and PostgreSQL. */
class TodoAppTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static long userCount(Database db) {
        return db.inContext(() -> new UserDao(db).count());
    }

    private static long todoCount(Database db) {
        return db.inContext(() -> new TodoDao(db).count());
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void theRoutesAnswerAsTheReadmeShows(TestDatabase target) throws Exception {
        try (Database db = target.open(); RunningService service = RunningService.start(db)) {
            HttpResponse<String> created = service.post("/users", "{\"username\":\"ada\",\"todos\":[\"write the "
                    + "tour\",\"try it\"]}");
            assertEquals(201, created.statusCode(), created.body());
            long ada = json(created).get("id").asLong();
            assertEquals("{\"id\":" + ada + ",\"username\":\"ada\"}", created.body());
            assertEquals(created.body(), service.get("/users/" + ada).body());

            HttpResponse<String> todo = service.post("/users/" + ada + "/todos", "{\"title\":\"ship it\"}");
            assertEquals(201, todo.statusCode(), todo.body());
            JsonNode shipIt = json(todo);
            assertEquals("ship it", shipIt.get("title").asString());
            assertEquals(ada, shipIt.get("userId").asLong());
            assertEquals(false, shipIt.get("done").asBoolean());
            assertTrue(shipIt.get("created").asString().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), todo.body());

            JsonNode page = json(service.get("/users/" + ada + "/todos?per_page=2"));
            assertEquals(List.of("write the tour", "try it"), titles(page));
            assertEquals(3, page.get("total").asInt());
            assertEquals(2, page.get("pages").asInt());
            assertTrue(page.get("hasNext").asBoolean());
            assertEquals(List.of("ship it"), titles(json(service.get("/users/" + ada + "/todos?page=2&per_page=2"))));

            long id = shipIt.get("id").asLong();
            HttpResponse<String> done = service.patch("/todos/" + id, "{\"done\":true}");
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(json(done).get("done").asBoolean());
            assertEquals("ship it", json(done).get("title").asString());
            assertTrue(json(service.get("/todos/" + id)).get("done").asBoolean());

            assertEquals(204, service.delete("/todos/" + id).statusCode());
            assertEquals(404, service.get("/todos/" + id).statusCode());
            assertEquals(2, todoCount(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void aTakenUsernameIsAConflict(TestDatabase target) throws Exception {
        try (Database db = target.open(); RunningService service = RunningService.start(db)) {
            assertEquals(201, service.post("/users", "{\"username\":\"ada\"}").statusCode());
            HttpResponse<String> again = service.post("/users", "{\"username\":\"ada\",\"todos\":[\"sneak in\"]}");
            assertEquals(409, again.statusCode(), again.body());
            assertEquals("{\"error\":\"that username is taken\"}", again.body());
            assertEquals(1, userCount(db));
            assertEquals(0, todoCount(db));
            // The service goes on: the failed request's connection went back to the pool clean.
            assertEquals(201, service.post("/users", "{\"username\":\"grace\"}").statusCode());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void whatDoesNotExistIsNotFound(TestDatabase target) throws Exception {
        try (Database db = target.open(); RunningService service = RunningService.start(db)) {
            long ada = json(service.post("/users", "{\"username\":\"ada\",\"todos\":[\"one\"]}")).get("id").asLong();
            for (String path : List.of("/users/999", "/todos/999", "/users/999/todos",
                    "/users/" + ada + "/todos?page=2", "/users/" + ada + "/todos?page=zero")) {
                HttpResponse<String> response = service.get(path);
                assertEquals(404, response.statusCode(), path);
                assertTrue(json(response).has("error"), path + ": " + response.body());
            }
            assertEquals(404, service.post("/users/999/todos", "{\"title\":\"orphan\"}").statusCode());
            assertEquals(404, service.patch("/todos/999", "{\"done\":true}").statusCode());
            assertEquals(404, service.delete("/todos/999").statusCode());
            assertEquals(1, todoCount(db));
        }
    }

    /**
     * The user row and the first two todos are written before the third todo repeats the first's title; the 409
     * rolls all of them back. Without {@code withRollbackOnStatus} the 409 would commit them on H2, and on
     * PostgreSQL (where the failed statement aborts the transaction) the commit would fail instead.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void aRequestThatFailsHalfWayLeavesNoRow(TestDatabase target) throws Exception {
        try (Database db = target.open(); RunningService service = RunningService.start(db)) {
            HttpResponse<String> failed = service.post("/users",
                    "{\"username\":\"bob\",\"todos\":[\"buy milk\",\"call mum\",\"buy milk\"]}");
            assertEquals(409, failed.statusCode(), failed.body());
            assertEquals("{\"error\":\"the list already has a todo with that title\"}", failed.body());
            assertEquals(0, userCount(db));
            assertEquals(0, todoCount(db));
            assertEquals(404, service.get("/users/1").statusCode());

            long ada = json(service.post("/users", "{\"username\":\"ada\",\"todos\":[\"a\"]}")).get("id").asLong();
            assertEquals(200, service.patch("/todos/" + todoIds(db).get(0), "{\"title\":\"a\"}").statusCode(),
                    "renaming onto itself is a no-op, not a conflict, on every database");
            assertEquals(201, service.post("/users/" + ada + "/todos", "{\"title\":\"b\"}").statusCode());
            assertEquals(409, service.post("/users/" + ada + "/todos", "{\"title\":\"a\"}").statusCode());
            assertEquals(2, todoCount(db));
        }
    }

    /**
     * The plugin's default rules alone already keep a half-way failure out of the database: the third insert's
     * constraint violation marks the request's work as failed, so the context rolls back although the handler answers
     * 409, on every database (on PostgreSQL the failed statement aborted the transaction, and committing it would
     * have turned the 409 into a 500).
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void withThePluginsDefaultAHalfWayFailureLeavesNoRow(TestDatabase target) throws Exception {
        try (Database db = target.open(); RunningService service = RunningService.startWithDefaultPlugin(db)) {
            HttpResponse<String> failed = service.post("/users",
                    "{\"username\":\"bob\",\"todos\":[\"buy milk\",\"call mum\",\"buy milk\"]}");
            assertEquals(409, failed.statusCode(), failed.body());
            assertEquals(0, userCount(db));
            assertEquals(0, todoCount(db));

            HttpResponse<String> created = service.post("/users", "{\"username\":\"ada\",\"todos\":[\"a\"]}");
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(1, userCount(db), "a request that succeeds still commits under the default rules");
            assertEquals(1, todoCount(db));
        }
    }

    /**
     * Eight requests hold their contexts at once (each waits in an after-handler for all the others): each has a
     * session of its own and sees its own uncommitted todo but none of the others'.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.exampleweb.TestDatabase#all")
    void concurrentRequestsNeverShareASession(TestDatabase target) throws Exception {
        int requests = 8;
        CyclicBarrier allInside = new CyclicBarrier(requests);
        Set<Session> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        List<Long> visible = Collections.synchronizedList(new ArrayList<>());
        try (Database db = target.open(); RunningService service = RunningService.start(db,
                config -> config.routes.after("/users/{id}/todos", ctx -> {
                    sessions.add(db.session());
                    visible.add(new TodoDao(db).where(TODO.TITLE.like("parallel %")).count());
                    allInside.await(20, TimeUnit.SECONDS);
                }))) {
            long ada = json(service.post("/users", "{\"username\":\"ada\"}")).get("id").asLong();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    inFlight.add(service.postAsync("/users/" + ada + "/todos", "{\"title\":\"parallel " + i + "\"}"));
                }
                for (CompletableFuture<HttpResponse<String>> response : inFlight) {
                    assertEquals(201, response.get(30, TimeUnit.SECONDS).statusCode());
                }
            });
            assertEquals(requests, sessions.size(), "one session per request");
            assertEquals(Collections.nCopies(requests, 1L), visible, "each saw only its own uncommitted row");
            assertEquals(requests, todoCount(db));
        }
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static List<Long> todoIds(Database db) {
        return db.inContext(() -> new TodoDao(db).where().orderBy(TODO.ID).list().stream().map(Todo::id).toList());
    }
}

package dev.tablesmith.servlet;

import static dev.tablesmith.servlet.NoteTable.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.Session;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TablesmithFilter in a real Jetty, over real HTTP: what commits, what rolls back, and what never shares. */
class TablesmithFilterTest {

    static List<String> texts(Database db) {
        return db.inContext(() -> new NoteDao(db).where().orderBy(NOTE.TEXT).list().stream().map(Note::text)
                .toList());
    }

    static void insert(Database db, String text) {
        new NoteDao(db).insert(Note.of(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatSucceedsCommits(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", (request, response) -> {
                    insert(db, request.getParameter("text"));
                    response.getWriter().print("created");
                }))) {
            HttpResponse<String> response = app.post("/notes?text=kept");
            assertEquals(200, response.statusCode());
            assertEquals("created", response.body());
            assertEquals(List.of("kept"), texts(db));
            assertEquals(0, WebDatabase.activeConnections(db), "the request's connection went back to the pool");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatThrowsRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", (request, response) -> {
                    insert(db, "lost");
                    throw new IllegalStateException("the handler failed after writing");
                }))) {
            assertEquals(500, app.post("/notes").statusCode());
            assertEquals(List.of(), texts(db));
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    /** The case: an error the application renders itself is no exception the filter sees, but a 5xx. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatAnswers5xxRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of(
                        "/unavailable", (request, response) -> {
                            insert(db, "lost to a 503");
                            response.setStatus(503);
                            response.getWriter().print("try later");
                        },
                        "/rendered", (request, response) -> {
                            try {
                                insert(db, "lost to a rendered 500");
                                throw new IllegalStateException("caught and rendered by the application");
                            } catch (IllegalStateException e) {
                                response.sendError(500, "sorry");
                            }
                        }))) {
            HttpResponse<String> unavailable = app.post("/unavailable");
            assertEquals(503, unavailable.statusCode());
            assertEquals("try later", unavailable.body());
            assertEquals(500, app.post("/rendered").statusCode());
            assertEquals(List.of(), texts(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void notFoundExceptionBecomes404AndRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes/999", (request, response) -> {
                    insert(db, "lost to a 404");
                    response.getWriter().print(new NoteDao(db).getById(999L).text());
                }))) {
            HttpResponse<String> response = app.get("/notes/999");
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("999"), "the container's 404 page shows the message: "
                    + response.body());
            assertEquals(List.of(), texts(db));
        }
    }

    /** A 4xx the application answers without an exception commits, as in Flask; the status rule can change that. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void whichStatusesAndExceptionsRollBackIsConfigurable(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            Map<String, JettyApp.Route> routes = Map.of(
                    "/conflict", (request, response) -> {
                        insert(db, request.getParameter("text"));
                        response.sendError(409);
                    },
                    "/signal", (request, response) -> {
                        insert(db, request.getParameter("text"));
                        throw new ControlFlowSignal();
                    });
            try (JettyApp app = JettyApp.start(new TablesmithFilter(db), routes)) {
                assertEquals(409, app.post("/conflict?text=kept+by+default").statusCode());
                assertEquals(500, app.post("/signal?text=lost+by+default").statusCode());
            }
            try (JettyApp app = JettyApp.start(new TablesmithFilter(db).withRollbackOnStatus(status -> status >= 400)
                    .withNoRollbackFor(ControlFlowSignal.class), routes)) {
                assertEquals(409, app.post("/conflict?text=lost+to+the+status+rule").statusCode());
                assertEquals(500, app.post("/signal?text=kept+despite+the+signal").statusCode());
            }
            assertEquals(List.of("kept by default", "kept despite the signal"), texts(db));
        }
    }

    /** An exception type that an application lets escape on purpose, and wants committed. */
    static final class ControlFlowSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void concurrentRequestsNeverShareASession(WebDatabase target) throws Exception {
        CyclicBarrier bothInside = new CyclicBarrier(2);
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", (request, response) -> {
                    String text = request.getParameter("text");
                    insert(db, text);
                    long visible = new NoteDao(db).count();
                    sessions.put(text, db.session());
                    bothInside.await(10, TimeUnit.SECONDS); // both requests hold their contexts at once
                    response.getWriter().print(visible);
                }))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                var first = app.postAsync("/notes?text=first");
                var second = app.postAsync("/notes?text=second");
                assertEquals("1", first.get(15, TimeUnit.SECONDS).body(), "each sees only its own uncommitted row");
                assertEquals("1", second.get(15, TimeUnit.SECONDS).body());
            });
            assertNotSame(sessions.get("first"), sessions.get("second"));
            assertEquals(List.of("first", "second"), texts(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatNeverTouchesTheDatabaseTakesNoConnection(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of(
                        "/static", (request, response) -> response.getWriter()
                                .print(db.inContext() + " " + WebDatabase.activeConnections(db)),
                        "/count", (request, response) -> {
                            new NoteDao(db).count();
                            response.getWriter().print(db.inContext() + " " + WebDatabase.activeConnections(db));
                        }))) {
            assertEquals("true 0", app.get("/static").body(), "a context, but no connection");
            assertEquals("true 1", app.get("/count").body(), "the first query takes one");
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void asynchronousRequestsAreRefusedWithAReason(WebDatabase target) throws Exception {
        AtomicReference<IllegalStateException> refusal = new AtomicReference<>();
        AtomicBoolean asyncWorkStarted = new AtomicBoolean();
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/async", (request, response) -> {
                    insert(db, "lost to the refusal");
                    try {
                        request.startAsync().start(() -> asyncWorkStarted.set(true));
                    } catch (IllegalStateException e) {
                        refusal.set(e);
                        throw e;
                    }
                }))) {
            assertEquals(500, app.post("/async").statusCode());
            assertNotNull(refusal.get());
            assertTrue(refusal.get().getMessage().contains("refuses asynchronous requests"),
                    refusal.get().getMessage());
            assertFalse(asyncWorkStarted.get());
            assertEquals(List.of(), texts(db));
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    /**
     * A handler that leaves a context open must not leave it on the pooled thread, where the thread's next request
     * would join it: the filter rolls it back with the request's and answers 500.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aContextLeftOpenByTheApplicationIsRolledBackAndNeverReachesTheNextRequest(WebDatabase target)
            throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of(
                        "/leaky", (request, response) -> {
                            insert(db, "lost with the leaky request");
                            db.openContext();
                            insert(db, "lost in the context left open");
                        },
                        "/clean", (request, response) -> {
                            insert(db, request.getParameter("text"));
                            response.getWriter().print(db.session().dsl().fetchCount(NOTE));
                        }))) {
            assertEquals(500, app.post("/leaky").statusCode());
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> clean = app.post("/clean?text=clean" + i);
                assertEquals(200, clean.statusCode());
                assertEquals(String.valueOf(i + 1), clean.body(), "no request sees the leaky one's rows");
            }
            assertEquals(List.of("clean0", "clean1", "clean2", "clean3", "clean4"), texts(db));
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }
}

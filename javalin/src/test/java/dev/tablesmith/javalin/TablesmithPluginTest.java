package dev.tablesmith.javalin;

import static dev.tablesmith.javalin.ItemTable.ITEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.Session;
import dev.tablesmith.servlet.WebDatabase;
import io.javalin.config.JavalinConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TablesmithPlugin in a real Javalin 7, over real HTTP: what commits, what rolls back, and what never shares. */
class TablesmithPluginTest {

    static List<String> names(Database db) {
        return db.inContext(() -> new ItemDao(db).where().orderBy(ITEM.NAME).list().stream().map(Item::name)
                .toList());
    }

    static void insert(Database db, String name) {
        new ItemDao(db).insert(Item.of(name));
    }

    /** The endpoint, the after-handler and the exception handlers all run in the request's one context. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatSucceedsCommitsWhatEveryHandlerWrote(WebDatabase target) throws Exception {
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.post("/items", ctx -> {
                        insert(db, ctx.queryParam("name"));
                        sessions.put("endpoint", db.session());
                        ctx.result("virtual thread: " + Thread.currentThread().isVirtual());
                    });
                    config.routes.after("/items", ctx -> {
                        insert(db, ctx.queryParam("name") + " (audit)");
                        sessions.put("after", db.session());
                    });
                })) {
            HttpResponse<String> response = app.post("/items?name=kept");
            assertEquals(200, response.statusCode());
            assertEquals("virtual thread: true", response.body());
            assertEquals(List.of("kept", "kept (audit)"), names(db));
            assertSame(sessions.get("endpoint"), sessions.get("after"));
            assertEquals(0, WebDatabase.activeConnections(db), "the request's connection went back to the pool");
        }
    }

    /** Javalin's default thread pool too: the context opens and ends on whichever thread runs the request. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void platformThreadsCommitAndRollBackAlike(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), false, config -> {
                    config.routes.post("/items", ctx -> insert(db, ctx.queryParam("name")));
                    config.routes.post("/failing", ctx -> {
                        insert(db, ctx.queryParam("name"));
                        throw new IllegalStateException("the handler failed after writing");
                    });
                })) {
            assertEquals(200, app.post("/items?name=kept").statusCode());
            assertEquals(500, app.post("/failing?name=lost").statusCode());
            assertEquals(List.of("kept"), names(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void anUnmappedExceptionRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> config.routes.post("/items",
                        ctx -> {
                            insert(db, "lost");
                            throw new IllegalStateException("the handler failed after writing");
                        }))) {
            assertEquals(500, app.post("/items").statusCode());
            assertEquals(List.of(), names(db));
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    /**
     * The case: exception handlers. Mapped to a 500, the work rolls back; mapped to a 4xx it commits, as
     * Flask's error handlers do, unless withRollbackFor names the type.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void exceptionHandlersDecideByTheStatusTheyAnswer(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            Consumer<JavalinConfig> routes = config -> {
                config.routes.post("/broken", ctx -> {
                    insert(db, ctx.queryParam("name"));
                    throw new Broken();
                });
                config.routes.post("/invalid", ctx -> {
                    insert(db, ctx.queryParam("name"));
                    throw new Invalid();
                });
                config.routes.exception(Broken.class, (e, ctx) -> ctx.status(500).result("broken"));
                config.routes.exception(Invalid.class, (e, ctx) -> ctx.status(422).result("invalid"));
            };
            try (JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), routes)) {
                assertEquals(500, app.post("/broken?name=lost+to+a+mapped+500").statusCode());
                assertEquals(422, app.post("/invalid?name=kept+despite+a+mapped+422").statusCode());
            }
            try (JavalinApp app = JavalinApp.start(new TablesmithPlugin(db).withRollbackFor(Invalid.class), routes)) {
                assertEquals(422, app.post("/invalid?name=lost+to+withRollbackFor").statusCode());
            }
            assertEquals(List.of("kept despite a mapped 422"), names(db));
        }
    }

    /**
     * An application that answers a unique violation with a 409 must not commit the request's other work, half
     * done: on PostgreSQL the failed statement has aborted the transaction, and a commit would fail into a 500.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aDatabaseFailureAnsweredWithA4xxStillRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            db.inContext(() -> insert(db, "taken"));
            Consumer<JavalinConfig> routes = config -> {
                config.routes.post("/signup", ctx -> {
                    insert(db, ctx.queryParam("name"));
                    insert(db, "taken");
                });
                config.routes.exception(dev.tablesmith.ConstraintViolationException.class,
                        (e, ctx) -> ctx.status(409).result("taken"));
            };
            try (JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), routes)) {
                var response = app.post("/signup?name=half+done");
                assertEquals(409, response.statusCode(), "the application's answer, not a failed commit's 500");
                assertEquals("taken", response.body());
            }
            assertEquals(List.of("taken"), names(db), "the work before the failure was rolled back");
        }
    }

    static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatAnswers5xxRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> config.routes.post("/items",
                        ctx -> {
                            insert(db, "lost to a 503");
                            ctx.status(503).result("try later");
                        }))) {
            HttpResponse<String> response = app.post("/items");
            assertEquals(503, response.statusCode());
            assertEquals("try later", response.body());
            assertEquals(List.of(), names(db));
        }
    }

    /** Flask's get_or_404: a 404 that the application's error(404) handler renders, and the work rolls back. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void notFoundExceptionBecomes404AndRollsBack(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.get("/items/{id}", ctx -> {
                        insert(db, "lost to a 404");
                        ctx.result(new ItemDao(db).getById(Long.valueOf(ctx.pathParam("id"))).name());
                    });
                    config.routes.error(404, ctx -> ctx.result("no such thing: " + ctx.result()));
                })) {
            HttpResponse<String> response = app.get("/items/999");
            assertEquals(404, response.statusCode());
            assertTrue(response.body().startsWith("no such thing: ") && response.body().contains("999"),
                    response.body());
            assertEquals(List.of(), names(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void concurrentRequestsNeverShareASession(WebDatabase target) throws Exception {
        CyclicBarrier bothInside = new CyclicBarrier(2);
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> config.routes.post("/items",
                        ctx -> {
                            String name = ctx.queryParam("name");
                            insert(db, name);
                            long visible = new ItemDao(db).count();
                            sessions.put(name, db.session());
                            bothInside.await(10, TimeUnit.SECONDS); // both requests hold their contexts at once
                            ctx.result(String.valueOf(visible));
                        }))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                var first = app.postAsync("/items?name=first");
                var second = app.postAsync("/items?name=second");
                assertEquals("1", first.get(15, TimeUnit.SECONDS).body(), "each sees only its own uncommitted row");
                assertEquals("1", second.get(15, TimeUnit.SECONDS).body());
            });
            assertNotSame(sessions.get("first"), sessions.get("second"));
            assertEquals(List.of("first", "second"), names(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestThatNeverTouchesTheDatabaseTakesNoConnection(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.get("/static", ctx -> ctx.result(db.inContext() + " "
                            + WebDatabase.activeConnections(db)));
                    config.routes.get("/count", ctx -> {
                        new ItemDao(db).count();
                        ctx.result(db.inContext() + " " + WebDatabase.activeConnections(db));
                    });
                })) {
            assertEquals("true 0", app.get("/static").body(), "a context, but no connection");
            assertEquals("true 1", app.get("/count").body(), "the first query takes one");
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    /** ctx.future(...) would end the request on another thread: refused before the future's supplier runs. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void futuresAreRefusedBeforeTheyStart(WebDatabase target) throws Exception {
        AtomicBoolean supplierRan = new AtomicBoolean();
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.post("/future", ctx -> {
                        insert(db, "lost to the refusal");
                        ctx.future(() -> {
                            supplierRan.set(true);
                            return CompletableFuture.completedFuture("done");
                        });
                    });
                })) {
            assertEquals(500, app.post("/future").statusCode());
            assertFalse(supplierRan.get());
            assertEquals(List.of(), names(db));
            assertEquals(0, WebDatabase.activeConnections(db));
        }
    }

    /** What skipping(...) leaves out runs without a context, so Javalin's asynchronous features work there. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void skippedRequestsRunWithoutAContext(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db)
                        .skipping(request -> request.getRequestURI().startsWith("/events")), config -> {
                            config.routes.sse("/events", client -> {
                                client.sendEvent("context", String.valueOf(db.inContext()));
                                client.close();
                            });
                            config.routes.get("/future", ctx -> ctx.future(() -> CompletableFuture.supplyAsync(
                                    () -> db.inContext(() -> new ItemDao(db).count()))
                                    .thenAccept(count -> ctx.result("count " + count))));
                        })) {
            HttpResponse<String> events = app.events("/events");
            assertEquals(200, events.statusCode());
            assertTrue(events.body().contains("data: false"), events.body());
            assertEquals(500, app.get("/future").statusCode(), "not skipped, so refused");
        }
    }
}

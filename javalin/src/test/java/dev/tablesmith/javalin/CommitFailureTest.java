package dev.tablesmith.javalin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.CommitFailedException;
import dev.tablesmith.Database;
import dev.tablesmith.servlet.WebDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A commit that fails at the end of a request, provoked on PostgreSQL with a DEFERRABLE INITIALLY DEFERRED foreign
 * key that the request violates: the plugin ends the work before Javalin writes the response, so the failure goes
 * through Javalin's exception handling and the client never sees the handler's success.
 */
class CommitFailureTest {

    private static void withDeferredTable(Database db, ThrowingRunnable test) throws Exception {
        db.inContext(() -> {
            db.session().dsl().execute("DROP TABLE IF EXISTS deferred_web_item");
            db.session().dsl().execute("CREATE TABLE deferred_web_item (id INT PRIMARY KEY, parent INT REFERENCES "
                    + "deferred_web_item (id) DEFERRABLE INITIALLY DEFERRED)");
        });
        try {
            test.run();
        } finally {
            db.inContext(() -> {
                db.session().dsl().execute("DROP TABLE deferred_web_item");
            });
        }
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.servlet.WebDatabase#postgres")
    void aCommitThatFailsBecomesA500OrWhatTheApplicationMapsItTo(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            withDeferredTable(db, () -> {
                try (JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.post("/items", ctx -> {
                        TablesmithPluginTest.insert(db, "lost");
                        db.session().dsl().execute("INSERT INTO deferred_web_item VALUES (1, 999)");
                        ctx.result("looks fine");
                    });
                })) {
                    HttpResponse<String> response = app.post("/items");
                    assertEquals(500, response.statusCode());
                    assertFalse(response.body().contains("looks fine"), response.body());
                }
                try (JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> {
                    config.routes.post("/items", ctx -> {
                        TablesmithPluginTest.insert(db, "lost too");
                        db.session().dsl().execute("INSERT INTO deferred_web_item VALUES (2, 999)");
                        ctx.result("looks fine");
                    });
                    config.routes.exception(CommitFailedException.class,
                            (e, ctx) -> ctx.status(503).result("not saved, try again"));
                })) {
                    HttpResponse<String> response = app.post("/items");
                    assertEquals(503, response.statusCode());
                    assertEquals("not saved, try again", response.body());
                }
                assertEquals(List.of(), TablesmithPluginTest.names(db));
                assertEquals(0, WebDatabase.activeConnections(db));
            });
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}

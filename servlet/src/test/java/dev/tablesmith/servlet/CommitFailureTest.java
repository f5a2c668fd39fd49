package dev.tablesmith.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.Database;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A commit that fails at the end of a request, provoked on PostgreSQL with a DEFERRABLE INITIALLY DEFERRED foreign
 * key that the request violates: the database only refuses it at COMMIT, after the handler returned happily.
 */
class CommitFailureTest {

    private static void withDeferredTable(Database db, ThrowingRunnable test) throws Exception {
        db.inContext(() -> {
            db.session().dsl().execute("DROP TABLE IF EXISTS deferred_web_note");
            db.session().dsl().execute("CREATE TABLE deferred_web_note (id INT PRIMARY KEY, parent INT REFERENCES "
                    + "deferred_web_note (id) DEFERRABLE INITIALLY DEFERRED)");
        });
        try {
            test.run();
        } finally {
            db.inContext(() -> {
                db.session().dsl().execute("DROP TABLE deferred_web_note");
            });
        }
    }

    private static JettyApp.Route violating(Database db, boolean flush) {
        return (request, response) -> {
            TablesmithFilterTest.insert(db, "lost");
            db.session().dsl().execute("INSERT INTO deferred_web_note VALUES (1, 999)");
            response.getWriter().print("looks fine");
            if (flush) {
                response.flushBuffer();
            }
        };
    }

    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.servlet.WebDatabase#postgres")
    void aCommitThatFailsBeforeTheResponseIsSentBecomesA500(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            withDeferredTable(db, () -> {
                try (JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", violating(db, false)))) {
                    HttpResponse<String> response = app.post("/notes");
                    assertEquals(500, response.statusCode());
                    assertFalse(response.body().contains("looks fine"), "what the handler wrote was discarded");
                }
                assertEquals(List.of(), TablesmithFilterTest.texts(db));
                assertEquals(0, WebDatabase.activeConnections(db));
            });
        }
    }

    /** Too late for a 500: the container aborts the response, so the client cannot take it for a success. */
    @ParameterizedTest(name = "[{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.servlet.WebDatabase#postgres")
    void aCommitThatFailsAfterTheResponseWasSentAbortsIt(WebDatabase target) throws Exception {
        try (Database db = target.open()) {
            withDeferredTable(db, () -> {
                try (JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", violating(db, true)))) {
                    assertThrows(IOException.class, () -> app.post("/notes"));
                }
                assertEquals(List.of(), TablesmithFilterTest.texts(db));
                assertEquals(0, WebDatabase.activeConnections(db));
            });
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}

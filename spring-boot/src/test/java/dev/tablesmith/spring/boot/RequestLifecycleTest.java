package dev.tablesmith.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.Database;
import dev.tablesmith.spring.boot.app.CommitProbe;
import dev.tablesmith.spring.boot.app.Note;
import dev.tablesmith.spring.boot.app.NoteDao;
import dev.tablesmith.spring.boot.app.NoteTable;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The auto-configured request filter in a Boot application on embedded Tomcat, over real HTTP: what commits and what
 * rolls back when Spring MVC and the application's {@code @ExceptionHandler}s stand between the filter and the
 * handler, and the Spring MVC idioms (404 for {@code NotFoundException}, {@code Pagination} arguments).
 */
class RequestLifecycleTest {
    private static final Map<TestDatabase, BootApp> APPS = new EnumMap<>(TestDatabase.class);

    /** The application on {@code database}, started once for this class, with an empty table. */
    private static BootApp app(TestDatabase database) {
        BootApp app = APPS.computeIfAbsent(database, db -> BootApp.start(db, "tablesmith.create-all=true"));
        Database db = app.db();
        db.inContext(() -> db.session().dsl().deleteFrom(NoteTable.BOOT_NOTE).execute());
        return app;
    }

    @AfterAll
    static void stop() {
        APPS.values().forEach(BootApp::close);
        APPS.clear();
    }

    private static List<String> texts(Database db) {
        return db.inContext(() -> new NoteDao(db).where().orderBy(NoteTable.BOOT_NOTE.TEXT).list().stream()
                .map(Note::text).toList());
    }

    private static int activeConnections(Database db) throws SQLException {
        return db.engine().unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void aRequestThatSucceedsCommits(TestDatabase database) throws Exception {
        BootApp app = app(database);
        HttpResponse<String> response = app.post("/notes?text=kept");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"text\":\"kept\""), response.body());
        assertEquals(List.of("kept"), texts(app.db()));
        assertEquals(0, activeConnections(app.db()), "the request's connection went back to the pool");
    }

    /**
     * Spring MVC flushes every response it writes, so a commit at the end of the filter would come after the client
     * had the response: it could read before the commit, and a failed commit could not become a 500. The work ends
     * first, whatever the response: a JSON body, a plain body, no body, and a body larger than Tomcat's buffer.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void theWorkCommitsBeforeTheResponseIsSent(TestDatabase database) throws Exception {
        BootApp app = app(database);
        CommitProbe.RESPONSE_COMMITTED_AT_COMMIT.clear();
        assertEquals(200, app.post("/notes?text=json").statusCode());
        assertEquals(422, app.post("/notes/invalid?text=plain").statusCode());
        assertEquals(204, app.post("/notes/no-body?text=none").statusCode());
        HttpResponse<String> large = app.post("/notes/large?text=large");
        assertEquals(200, large.statusCode());
        assertEquals(100_000, large.body().length());
        assertEquals(List.of(false, false, false, false), CommitProbe.RESPONSE_COMMITTED_AT_COMMIT,
                "for each request, whether its response had been committed when its work committed");
        assertEquals(List.of("json", "large", "none", "plain"), texts(app.db()));
    }

    /** Because the work ends before the body is written, a commit that fails still becomes a 500. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void aCommitThatFailsIsA500(TestDatabase database) throws Exception {
        BootApp app = app(database);
        CommitProbe.failCommits = true;
        try {
            assertEquals(500, app.post("/notes?text=refused").statusCode());
            assertEquals(500, app.post("/notes/large?text=refused-large").statusCode());
            assertEquals(500, app.post("/notes/no-body?text=refused-none").statusCode());
        } finally {
            CommitProbe.failCommits = false;
        }
        assertEquals(List.of(), texts(app.db()));
        assertEquals(0, activeConnections(app.db()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void anExceptionNoHandlerHandlesRollsBack(TestDatabase database) throws Exception {
        BootApp app = app(database);
        assertEquals(500, app.post("/notes/fail?text=lost").statusCode());
        assertEquals(List.of(), texts(app.db()));
        assertEquals(0, activeConnections(app.db()));
    }

    /** Spring MVC resolves the exception: the filter sees no exception, only the 503 the handler chose. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void a5xxFromAnExceptionHandlerRollsBack(TestDatabase database) throws Exception {
        BootApp app = app(database);
        HttpResponse<String> response = app.post("/notes/unavailable?text=lost");
        assertEquals(503, response.statusCode());
        assertEquals("try later", response.body());
        assertEquals(List.of(), texts(app.db()));
    }

    /** As in Flask, an error the application answers below 500 (a validation error) commits what was written. */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void a4xxFromAnExceptionHandlerCommits(TestDatabase database) throws Exception {
        BootApp app = app(database);
        assertEquals(422, app.post("/notes/invalid?text=kept").statusCode());
        assertEquals(List.of("kept"), texts(app.db()));
    }

    /**
     * A database failure the application answers with a 409 still rolls back the request's half-done work: on
     * PostgreSQL the failed statement aborted the transaction, so a commit would fail into a 500.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void aDatabaseFailureAnsweredWithA4xxRollsBack(TestDatabase database) throws Exception {
        BootApp app = app(database);
        assertEquals(200, app.post("/notes?text=taken").statusCode());
        HttpResponse<String> response = app.post("/notes/then-taken?text=half+done");
        assertEquals(409, response.statusCode(), response.body());
        assertEquals("taken", response.body());
        assertEquals(List.of("taken"), texts(app.db()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void notFoundIsA404ThatRollsBack(TestDatabase database) throws Exception {
        BootApp app = app(database);
        HttpResponse<String> response = app.post("/notes/then-missing?text=lost");
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":404"), "Boot's error page rendered it: " + response.body());
        assertEquals(List.of(), texts(app.db()));
        assertEquals(404, app.get("/notes/123456").statusCode());
        assertEquals(0, activeConnections(app.db()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.spring.boot.TestDatabase#all")
    void paginationReadsTheQueryStringAsFlaskDoes(TestDatabase database) throws Exception {
        BootApp app = app(database);
        for (String text : List.of("a", "b", "c", "d", "e")) {
            assertEquals(200, app.post("/notes?text=" + text).statusCode());
        }
        HttpResponse<String> second = app.get("/notes?page=2&per_page=2");
        assertEquals(200, second.statusCode(), second.body());
        assertTrue(second.body().contains("\"texts\":[\"c\",\"d\"]"), second.body());
        assertTrue(second.body().contains("\"total\":5"), second.body());
        HttpResponse<String> capped = app.get("/notes?per_page=50");
        assertTrue(capped.body().contains("\"perPage\":3"), "@MaxPerPage(3) caps per_page: " + capped.body());
        assertEquals("[\"a\",\"b\",\"c\",\"d\",\"e\"]", app.get("/notes/all").body(),
                "tablesmith.pagination.max-per-page (100) and the default per_page (20) apply without @MaxPerPage");
        assertEquals(404, app.get("/notes?page=3&per_page=3").statusCode(), "a page past the last");
        assertEquals(404, app.get("/notes?page=zero").statusCode(), "a page that is not a number");
        assertEquals(404, app.get("/notes?per_page=0").statusCode(), "a page size below 1");
    }
}

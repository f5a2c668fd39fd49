package dev.tablesmith.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tablesmith.Database;
import dev.tablesmith.spring.boot.app.Note;
import dev.tablesmith.spring.boot.app.NoteDao;
import dev.tablesmith.spring.boot.app.NoteTable;
import dev.tablesmith.spring.boot.app.NotesApp;
import dev.tablesmith.spring.boot.test.TablesmithRollback;
import jakarta.servlet.ServletException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@link TablesmithRollback} in a Spring Boot test, with requests sent through MockMvc, which runs them and the
 * request filter on the test's thread: each request's context joins the test's inside a savepoint, so the test sees
 * what a request committed, a failed request undoes only its own work, and the test's rollback undoes everything.
 * Run on each database by a subclass that puts the application there.
 */
@SpringBootTest(classes = NotesApp.class, properties = {"spring.main.banner-mode=off", "logging.level.root=warn",
        "tablesmith.create-all=true"})
@AutoConfigureMockMvc
@TablesmithRollback
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RollbackSupportTests {
    @Autowired
    MockMvc mvc;
    @Autowired
    Database db;
    @Autowired
    NoteDao notes;

    /** Starts from an empty table, committed, outside any test's context. */
    @BeforeAll
    static void emptyTable(@Autowired Database db) {
        db.inContext(() -> db.session().dsl().deleteFrom(NoteTable.BOOT_NOTE).execute());
    }

    /** Nothing any test wrote, itself or through a request, was committed. */
    @AfterAll
    static void nothingWasCommitted(@Autowired Database db) {
        assertEquals(0L, db.inContext(() -> new NoteDao(db).count()));
    }

    /**
     * Runs in the test's context too, as Spring's {@code @Transactional} tests run their set-up; except for the test
     * that opts out, which has no context to write in.
     */
    @BeforeEach
    void setUp(TestInfo test) {
        if (!test.getTestMethod().orElseThrow().isAnnotationPresent(TablesmithRollback.class)) {
            notes.insert(Note.of("from @BeforeEach"));
        }
    }

    private List<String> texts() {
        return notes.where().orderBy(NoteTable.BOOT_NOTE.TEXT).list().stream().map(Note::text).toList();
    }

    @Test
    @Order(1)
    void requestsThroughMockMvcJoinTheTestsContext() throws Exception {
        notes.insert(Note.of("from the test"));
        mvc.perform(post("/notes").param("text", "from a request")).andExpect(status().isOk());
        mvc.perform(post("/notes/unavailable").param("text", "lost to a 503")).andExpect(status().is(503));
        mvc.perform(post("/notes/then-missing").param("text", "lost to a 404")).andExpect(status().isNotFound());
        mvc.perform(post("/notes/invalid").param("text", "kept by a 422")).andExpect(status().is(422));
        assertThrows(ServletException.class, () -> mvc.perform(post("/notes/fail").param("text", "lost to a throw")));
        assertEquals(List.of("from @BeforeEach", "from a request", "from the test", "kept by a 422"), texts());
        assertTrue(db.inContext(), "the test's context is still open after the requests");
    }

    @Test
    @Order(2)
    void theNextTestStartsFromTheDatabaseAsItWas() {
        assertEquals(List.of("from @BeforeEach"), texts());
    }

    @Test
    @Order(3)
    void whatTheTestWritesIsNeverCommitted() throws Exception {
        mvc.perform(post("/notes").param("text", "from a request")).andExpect(status().isOk());
        assertEquals(0L, db.inNewContext(() -> notes.count()), "an independent context sees none of it");
    }

    @Test
    @Order(4)
    @TablesmithRollback(false)
    void aTestCanOptOut() {
        assertFalse(db.inContext());
    }
}

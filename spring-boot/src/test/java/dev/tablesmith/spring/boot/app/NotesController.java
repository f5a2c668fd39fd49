package dev.tablesmith.spring.boot.app;

import dev.tablesmith.Page;
import dev.tablesmith.servlet.Pagination;
import dev.tablesmith.spring.boot.MaxPerPage;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each endpoint writes a note, then ends the way its path says. */
@RestController
class NotesController {
    /** Mapped to 503 by {@link NotesAdvice}. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("try later");
        }
    }

    /** Mapped to 422 by {@link NotesAdvice}. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super("not a valid note");
        }
    }

    private final NoteDao notes;

    NotesController(NoteDao notes) {
        this.notes = notes;
    }

    @PostMapping("/notes")
    Note create(@RequestParam("text") String text) {
        return notes.insert(Note.of(text));
    }

    @PostMapping("/notes/no-body")
    ResponseEntity<Void> noBody(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        return ResponseEntity.noContent().build();
    }

    /** A body larger than Tomcat's response buffer (8 KiB), which Tomcat starts sending while it is written. */
    @PostMapping("/notes/large")
    String large(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        return "x".repeat(100_000);
    }

    @PostMapping("/notes/fail")
    Note fail(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        throw new IllegalStateException("the handler failed after writing");
    }

    @PostMapping("/notes/unavailable")
    Note unavailable(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        throw new Unavailable();
    }

    @PostMapping("/notes/invalid")
    Note invalid(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        throw new Invalid();
    }

    /** Writes, then a note whose text is taken: the application answers the violation with a 409. */
    @PostMapping("/notes/then-taken")
    Note thenTaken(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        return notes.insert(Note.of("taken"));
    }

    /** Writes, then looks up a note that does not exist. */
    @PostMapping("/notes/then-missing")
    Note thenMissing(@RequestParam("text") String text) {
        notes.insert(Note.of(text));
        return notes.getById(-1L);
    }

    @GetMapping("/notes/{id}")
    Note get(@PathVariable("id") long id) {
        return notes.getById(id);
    }

    @GetMapping("/notes")
    Map<String, Object> list(@MaxPerPage(3) Pagination pagination) {
        Page<Note> page = pagination.page(notes.where().orderBy(NoteTable.BOOT_NOTE.TEXT));
        List<String> texts = page.items().stream().map(Note::text).toList();
        return Map.of("page", page.page(), "perPage", page.perPage(), "total", page.total(), "texts", texts);
    }

    @GetMapping("/notes/all")
    List<String> all(Pagination pagination) {
        return pagination.page(notes.where().orderBy(NoteTable.BOOT_NOTE.TEXT)).items().stream().map(Note::text).toList();
    }
}

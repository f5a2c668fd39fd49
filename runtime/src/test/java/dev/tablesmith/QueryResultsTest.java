package dev.tablesmith;

import static dev.tablesmith.Notes.NoteTable.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.Notes.Note;
import dev.tablesmith.Notes.NoteDao;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flask-SQLAlchemy's {@code get_or_404}, {@code first_or_404} and {@code one_or_404}, on a hand-written DAO. */
class QueryResultsTest {

    @Test
    void oneAnswersNotFoundForNoneAndForSeveralAsOneOr404Does() {
        try (Database db = Database.builder().inMemory().models(NOTE).build()) {
            db.createAll();
            NoteDao notes = new NoteDao(db);
            db.inContext(() -> notes.insertAll(List.of(new Note("a", "same"), new Note("b", "same"),
                    new Note("c", "other"))));
            db.inContext(() -> {
                assertEquals("c", notes.where(NOTE.TEXT.eq("other")).one().id());
                assertThrows(NotFoundException.class, () -> notes.where(NOTE.TEXT.eq("none")).one());
                NonUniqueResultException several = assertThrows(NonUniqueResultException.class,
                        () -> notes.where(NOTE.TEXT.eq("same")).one());
                assertInstanceOf(NotFoundException.class, several, "a 404 in a web layer, as in Flask");
                assertThrows(NotFoundException.class, () -> notes.where(NOTE.TEXT.eq("none")).firstOrThrow());
                assertThrows(NotFoundException.class, () -> notes.getById("zz"));
            });
        }
    }

    @Test
    void pagesOrderedByColumnsComeOutInOrder() {
        try (Database db = Database.builder().inMemory().models(NOTE).build()) {
            db.createAll();
            NoteDao notes = new NoteDao(db);
            db.inContext(() -> notes.insertAll(List.of(new Note("a", "3"), new Note("b", "1"), new Note("c", "2"))));
            db.inContext(() -> {
                assertEquals(List.of("b", "c"), notes.where().orderBy(NOTE.TEXT).page(1, 2).items().stream()
                        .map(Note::id).toList());
                assertEquals(List.of("a"), notes.where().orderBy(NOTE.TEXT.asc()).page(2, 2).items().stream()
                        .map(Note::id).toList());
                assertEquals(List.of("a", "c"), notes.where(NOTE.ID.ne("b")).orderBy(NOTE.TEXT.desc()).list().stream()
                        .map(Note::id).toList());
            });
        }
    }
}

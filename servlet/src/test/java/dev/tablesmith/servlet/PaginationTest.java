package dev.tablesmith.servlet;

import static dev.tablesmith.servlet.NoteTable.NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pagination reads a request as Flask-SQLAlchemy's db.paginate() does, and answers 404 where it does. */
class PaginationTest {

    @Test
    void absentParametersMeanTheFirstPageOfTwenty() {
        assertEquals(new Pagination(1, 20), Pagination.of((String) null, 100));
        assertEquals(new Pagination(1, 20), Pagination.of("sort=name", 100));
    }

    @Test
    void perPageIsCappedAndTheFirstValueCounts() {
        assertEquals(new Pagination(3, 50), Pagination.of("page=3&per_page=500", 50));
        assertEquals(new Pagination(2, 10), Pagination.of("page=2&page=7&per_page=10", 100));
        assertEquals(new Pagination(2, 10), Pagination.of("p%61ge=%202&per_page=10", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=abc", "page=", "page", "per_page=0", "per_page=x",
            "page=99999999999"})
    void aValueThatIsNoPageIsA404(String query) {
        assertThrows(NotFoundException.class, () -> Pagination.of(query, 100));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestGetsItsPageAndA404PastTheLast(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JettyApp app = JettyApp.start(new TablesmithFilter(db), Map.of("/notes", (request, response) -> {
                    Page<Note> page = Pagination.of(request, 3)
                            .page(new NoteDao(db).where().orderBy(NOTE.TEXT));
                    response.getWriter().print(page.items().stream().map(Note::text).collect(Collectors.joining(","))
                            + " of " + page.total());
                }))) {
            db.inContext(() -> {
                for (String text : new String[] {"a", "b", "c", "d", "e"}) {
                    TablesmithFilterTest.insert(db, text);
                }
            });
            assertEquals("c,d of 5", app.get("/notes?page=2&per_page=2").body());
            assertEquals("a,b,c of 5", app.get("/notes?per_page=50").body(), "per_page capped at 3");
            assertEquals(404, app.get("/notes?page=4&per_page=2").statusCode());
            assertEquals(404, app.get("/notes?page=zero").statusCode());
        }
    }
}

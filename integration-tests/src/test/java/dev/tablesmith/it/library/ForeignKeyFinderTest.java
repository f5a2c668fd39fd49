package dev.tablesmith.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;

/** {@code findAllByX} returns the rows pointing at one parent, also through a key column of a composite key. */
class ForeignKeyFinderTest {

    @AllDatabases
    void findAllByAForeignKeyReturnsEveryChildOfOneParent(TestDatabase target) {
        try (Database db = target.open()) {
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            var tags = new TagDao(db);
            var links = new BookTagDao(db);
            db.inContext(() -> {
                long ursula = authors.insert(new Author("Le Guin")).getId();
                long italo = authors.insert(new Author("Calvino")).getId();
                long alone = authors.insert(new Author("Nobody")).getId();
                long earthsea = books.insert(new Book("Earthsea", ursula)).getId();
                books.insert(new Book("Lathe", ursula));
                books.insert(new Book("Cosmicomics", italo));
                long tag = tags.insert(Tag.named("fantasy")).id();
                links.insert(new BookTag(earthsea, tag));

                assertEquals(List.of("Earthsea", "Lathe"), books.findAllByAuthorId(ursula).stream()
                        .map(Book::getTitle).sorted().toList());
                assertEquals(1, books.findAllByAuthorId(italo).size());
                assertEquals(List.of(), books.findAllByAuthorId(alone));
                assertEquals(List.of(), books.findAllByAuthorId(null), "null matches nothing");
                assertEquals(List.of(new BookTag(earthsea, tag)), links.findAllByTagId(tag));
                assertEquals(List.of(new BookTag(earthsea, tag)), links.findAllByBookId(earthsea));
            });
        }
    }
}

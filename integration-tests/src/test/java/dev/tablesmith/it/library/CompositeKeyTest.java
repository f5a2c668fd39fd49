package dev.tablesmith.it.library;

import static dev.tablesmith.it.library.ReadingListEntryTable.READING_LIST_ENTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;

/** Models with several {@code @Id} fields round-trip through the DAO and jOOQ by their composite key, everywhere. */
class CompositeKeyTest {

    @AllDatabases
    void aJoinModelIsFoundCheckedAndDeletedByBothKeyValues(TestDatabase target) {
        try (Database db = target.open()) {
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            var tags = new TagDao(db);
            var links = new BookTagDao(db);
            db.inContext(() -> {
                long author = authors.insert(new Author("Le Guin")).getId();
                long book = books.insert(new Book("Earthsea", author)).getId();
                long other = books.insert(new Book("Lathe", author)).getId();
                long fantasy = tags.insert(Tag.named("fantasy")).id();
                long classic = tags.insert(Tag.named("classic")).id();
                links.insertAll(List.of(new BookTag(book, fantasy), new BookTag(book, classic),
                        new BookTag(other, classic)));

                assertEquals(new BookTag(book, fantasy), links.findById(book, fantasy).orElseThrow());
                assertTrue(links.existsById(other, classic));
                assertFalse(links.existsById(other, fantasy), "the key is the pair, not either value");
                assertEquals(new BookTag(other, classic), links.getById(new BookTagDao.Key(other, classic)));
                NotFoundException missing = assertThrows(NotFoundException.class, () -> links.getById(other, fantasy));
                assertTrue(missing.getMessage().contains("BookTag"), missing.getMessage());

                assertTrue(links.deleteById(book, classic));
                assertFalse(links.deleteById(book, classic), "already gone");
                assertTrue(links.delete(new BookTag(book, fantasy)));
                assertEquals(1L, links.count());
                assertThrows(UnsupportedOperationException.class, () -> links.update(new BookTag(other, classic)),
                        "a row of key columns alone has nothing to update");
            });
            assertThrows(ConstraintViolationException.class, () -> db.inContext(() -> {
                links.insert(new BookTag(books.all().get(1).getId(), tags.findByName("classic").orElseThrow().id()));
            }), "the pair is the primary key");
        }
    }

    @AllDatabases
    void aCompositeKeyOfTextAndNumberUpdatesAndUpsertsItsOtherColumns(TestDatabase target) {
        try (Database db = target.open()) {
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            var entries = new ReadingListEntryDao(db);
            db.inContext(() -> {
                long author = authors.insert(new Author("Calvino")).getId();
                long first = books.insert(new Book("Invisible Cities", author)).getId();
                long second = books.insert(new Book("Cosmicomics", author)).getId();
                entries.insert(new ReadingListEntry("ada", first, 1));
                entries.insert(new ReadingListEntry("ada", second, 2));
                entries.insert(new ReadingListEntry("bob", first, 1));

                entries.update(new ReadingListEntry("ada", first, 3));
                assertEquals(3, entries.getById("ada", first).position());
                assertEquals(1, entries.getById("bob", first).position(), "only the row with both key values");
                assertThrows(NotFoundException.class, () -> entries.update(new ReadingListEntry("eve", first, 1)));

                entries.upsert(new ReadingListEntry("bob", first, 7));
                entries.upsert(new ReadingListEntry("bob", second, 8));
                assertEquals(7, entries.getById("bob", first).position());
                assertEquals(8, entries.getById("bob", second).position());
                assertEquals(List.of("ada", "ada", "bob", "bob"), entries.where()
                        .orderBy(READING_LIST_ENTRY.READER, READING_LIST_ENTRY.BOOK_ID).list().stream()
                        .map(ReadingListEntry::reader).toList());
                assertEquals(2, db.session().dsl().fetchCount(READING_LIST_ENTRY,
                        READING_LIST_ENTRY.READER.eq("bob")));
            });
        }
    }
}

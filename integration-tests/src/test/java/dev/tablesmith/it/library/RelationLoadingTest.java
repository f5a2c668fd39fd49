package dev.tablesmith.it.library;

import static dev.tablesmith.it.library.AuthorTable.AUTHOR;
import static dev.tablesmith.it.library.BookTable.BOOK;
import static dev.tablesmith.it.library.ReviewTable.REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;

/**
 * Relations load explicitly, never lazily, in one statement per relation level whatever the number of rows — proved
 * through the recorded queries — into classes in place and into records as filled copies, on every database.
 */
class RelationLoadingTest {

    private static Database open(TestDatabase target) {
        return TestDatabase.fresh(target.builder().recordQueries(true).build());
    }

    private static List<String> titles(List<Book> books) {
        return books.stream().map(Book::getTitle).sorted().toList();
    }

    @AllDatabases
    void aLibraryLoadsThreeLevelsDeepInOneStatementPerLevel(TestDatabase target) {
        try (Database db = open(target)) {
            Library library = Library.seed(db, 5, 4);
            var authors = new AuthorDao(db);
            db.inContext(() -> {
                int before = db.recordedQueries().size();
                List<Author> loaded = authors.where(AUTHOR.NAME.like("author%")).orderBy(AUTHOR.NAME)
                        .with(AuthorDao.BOOKS.with(BookDao.TAGS.with(TagDao.BOOKS), BookDao.REVIEWS))
                        .list();
                List<RecordedQuery> ran = db.recordedQueries().subList(before, db.recordedQueries().size());
                assertEquals(5, ran.size(), "authors, books, tags, reviews, the tags' books: " + ran);
                for (RecordedQuery query : ran.subList(1, 5)) {
                    assertTrue(query.statement().toLowerCase(java.util.Locale.ROOT).contains(" in ("),
                            query.statement());
                }
                assertEquals(5, loaded.size());
                int booksTaggedT2 = 5 * 1; // book 2 of each author has t0..t2
                for (Author author : loaded) {
                    assertEquals(4, author.getBooks().size());
                    for (Book book : author.getBooks()) {
                        int b = Integer.parseInt(book.getTitle().substring(book.getTitle().length() - 1));
                        assertEquals(b % 3 + 1, book.getTags().size(), book.getTitle());
                        assertEquals(b % 3, book.getReviews().size(), book.getTitle());
                        assertNull(book.getAuthor(), "not asked for on this path");
                        for (Review review : book.getReviews()) {
                            assertEquals(book.getId(), review.bookId());
                            assertNull(review.book());
                        }
                        for (Tag tag : book.getTags()) {
                            assertTrue(tag.books().stream().anyMatch(other -> other.getId().equals(book.getId())));
                            if (tag.name().equals("t2")) {
                                assertEquals(booksTaggedT2, tag.books().size(), "every book tagged t2");
                            }
                        }
                    }
                }
            });
            assertEquals(5, library.authors.size());
        }
    }

    @AllDatabases
    void unloadedIsNullAndLoadedWithoutRowsIsEmpty(TestDatabase target) {
        try (Database db = open(target)) {
            Library library = Library.seed(db, 2, 3);
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            db.inContext(() -> {
                Author plain = authors.getById(library.withoutBooks.getId());
                assertNull(plain.getBooks(), "never lazy: null until loaded");
                Author loaded = authors.load(plain, AuthorDao.BOOKS);
                assertSame(plain, loaded, "a class is filled in place");
                assertEquals(List.of(), loaded.getBooks());

                Book first = books.where(BOOK.TITLE.eq("author0-book0")).one();
                Book filled = books.load(first, BookDao.AUTHOR, BookDao.REVIEWS, BookDao.TAGS);
                assertEquals("author0", filled.getAuthor().getName());
                assertEquals(List.of(), filled.getReviews());
                assertEquals(List.of("t0"), filled.getTags().stream().map(Tag::name).toList());
            });
        }
    }

    @AllDatabases
    void loadFillsEntitiesInHandAndRecordsComeBackAsCopies(TestDatabase target) {
        try (Database db = open(target)) {
            Library library = Library.seed(db, 3, 3);
            var authors = new AuthorDao(db);
            var reviews = new ReviewDao(db);
            db.inContext(() -> {
                List<Author> all = authors.where(AUTHOR.ID.in(library.authors.stream().map(Author::getId).toList()))
                        .list();
                int before = db.recordedQueries().size();
                List<Author> loaded = authors.load(all, AuthorDao.BOOKS);
                assertEquals(before + 1, db.recordedQueries().size());
                assertEquals(List.of("author1-book0", "author1-book1", "author1-book2"),
                        titles(loaded.stream().filter(a -> a.getName().equals("author1")).findFirst().orElseThrow()
                                .getBooks()));

                List<Review> stored = reviews.where(REVIEW.STARS.eq(3)).list();
                List<Review> withBooks = reviews.load(stored, ReviewDao.BOOK);
                assertEquals(stored.size(), withBooks.size());
                for (int i = 0; i < stored.size(); i++) {
                    assertNull(stored.get(i).book(), "the record read stays as it was");
                    assertEquals(stored.get(i).bookId(), withBooks.get(i).book().getId());
                    assertEquals(stored.get(i).id(), withBooks.get(i).id());
                }
                assertEquals(List.of(), authors.load(List.<Author>of(), AuthorDao.BOOKS), "nothing to load");
            });
        }
    }

    @AllDatabases
    void firstOnePagesAndFindAllByLoadToo(TestDatabase target) {
        try (Database db = open(target)) {
            Library.seed(db, 3, 2);
            var authors = new AuthorDao(db);
            db.inContext(() -> {
                assertEquals(2, authors.where(AUTHOR.NAME.eq("author2")).with(AuthorDao.BOOKS).one().getBooks()
                        .size());
                assertEquals(2, authors.where().orderBy(AUTHOR.NAME).with(AuthorDao.BOOKS).first().orElseThrow()
                        .getBooks().size());
                var page = authors.where(AUTHOR.NAME.like("author%")).orderBy(AUTHOR.NAME).with(AuthorDao.BOOKS)
                        .page(1, 2);
                assertEquals(2, page.items().size());
                page.items().forEach(a -> assertEquals(2, a.getBooks().size()));
                assertThrows(IllegalStateException.class,
                        () -> authors.where().with(AuthorDao.BOOKS).stream().close(),
                        "a stream cannot load relations per level");
            });
        }
    }

    @AllDatabases
    void aManyToOneBackToTheEntitiesInHandIsACycle(TestDatabase target) {
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> AuthorDao.BOOKS.with(BookDao.AUTHOR));
        assertTrue(cycle.getMessage().contains("Book.author") && cycle.getMessage().contains("Author.books"),
                cycle.getMessage());
        try (Database db = open(target)) {
            Library.seed(db, 2, 3);
            var reviews = new ReviewDao(db);
            db.inContext(() -> {
                Review one = reviews.where(REVIEW.TEXT.eq("review1")).orderBy(REVIEW.ID).first().orElseThrow();
                Review loaded = reviews.load(one, ReviewDao.BOOK.with(BookDao.REVIEWS, BookDao.AUTHOR
                        .with(AuthorDao.BOOKS)));
                assertEquals(2, loaded.book().getReviews().size(), "walking back one-to-many loads the siblings");
                assertEquals(3, loaded.book().getAuthor().getBooks().size());
            });
        }
    }
}

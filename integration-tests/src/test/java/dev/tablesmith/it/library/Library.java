package dev.tablesmith.it.library;

import dev.tablesmith.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * A small library to load relations from: {@code authors} authors with {@code booksEach} books each; book {@code i}
 * of each author has {@code i % 3} reviews and the tags {@code t0 .. t(i % 3)}; one extra author has no books.
 */
final class Library {
    final List<Author> authors;
    final Author withoutBooks;

    private Library(List<Author> authors, Author withoutBooks) {
        this.authors = authors;
        this.withoutBooks = withoutBooks;
    }

    static Library seed(Database db, int authorCount, int booksEach) {
        return db.inContext(() -> {
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            var tags = new TagDao(db);
            var links = new BookTagDao(db);
            var reviews = new ReviewDao(db);
            List<Tag> tagged = tags.insertAll(List.of(Tag.named("t0"), Tag.named("t1"), Tag.named("t2")));
            List<Author> newAuthors = new ArrayList<>();
            for (int a = 0; a < authorCount; a++) {
                newAuthors.add(new Author("author" + a));
            }
            List<Author> stored = authors.insertAll(newAuthors);
            List<Book> newBooks = new ArrayList<>();
            for (Author author : stored) {
                for (int b = 0; b < booksEach; b++) {
                    newBooks.add(new Book(author.getName() + "-book" + b, author.getId()));
                }
            }
            List<Book> storedBooks = books.insertAll(newBooks);
            List<BookTag> newLinks = new ArrayList<>();
            List<Review> newReviews = new ArrayList<>();
            for (int i = 0; i < storedBooks.size(); i++) {
                long bookId = storedBooks.get(i).getId();
                int b = i % booksEach;
                for (int t = 0; t <= b % 3; t++) {
                    newLinks.add(new BookTag(bookId, tagged.get(t).id()));
                }
                for (int r = 0; r < b % 3; r++) {
                    newReviews.add(Review.of(bookId, r + 3, "review" + r));
                }
            }
            links.insertAll(newLinks);
            if (!newReviews.isEmpty()) {
                reviews.insertAll(newReviews);
            }
            Author lonely = authors.insert(new Author("lonely"));
            return new Library(stored, lonely);
        });
    }
}

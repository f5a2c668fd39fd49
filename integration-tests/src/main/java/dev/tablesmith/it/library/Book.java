package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.References;
import dev.tablesmith.Related;
import java.util.List;

/** A book by one {@link Author}, tagged through {@link BookTag}: a mutable class model with a foreign key. */
@Model
public class Book {
    @Id Long id;
    @Column(nullable = false) String title;
    @References(Author.class) @Column(nullable = false) Long authorId;
    /** Many-to-one through {@code authorId}. */
    @Related Author author;
    /** Many-to-many through the join model {@link BookTag}. */
    @Related(through = BookTag.class) List<Tag> tags;
    /** One-to-many: the reviews referencing this book. */
    @Related List<Review> reviews;

    /** For the generated DAO. */
    public Book() {
    }

    /** A new, unsaved book by {@code authorId}. */
    public Book(String title, Long authorId) {
        this.title = title;
        this.authorId = authorId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Author getAuthor() {
        return author;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public List<Review> getReviews() {
        return reviews;
    }
}

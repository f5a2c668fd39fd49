package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.Related;
import java.util.List;

/** An author of {@link Book}s: a mutable class model, the "one" side of a one-to-many relation. */
@Model
public class Author {
    @Id Long id;
    @Column(nullable = false) String name;
    /** The author's books: {@code null} until loaded with {@link AuthorDao#BOOKS}. */
    @Related List<Book> books;

    /** For the generated DAO. */
    public Author() {
    }

    /** A new, unsaved author. */
    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}

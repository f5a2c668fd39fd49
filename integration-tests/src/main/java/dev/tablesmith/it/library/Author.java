package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** An author of {@link Book}s: a mutable class model, the "one" side of a one-to-many relation. */
@Model
public class Author {
    @Id Long id;
    @Column(nullable = false) String name;

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
}

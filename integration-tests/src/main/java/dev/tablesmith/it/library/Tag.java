package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * A tag given to {@link Book}s through {@link BookTag}: a record model.
 *
 * @param id   the generated id
 * @param name the tag's text, unique
 */
@Model
public record Tag(@Id Long id, @Column(unique = true, nullable = false) String name) {
    /** A new, unsaved tag. */
    public static Tag named(String name) {
        return new Tag(null, name);
    }
}

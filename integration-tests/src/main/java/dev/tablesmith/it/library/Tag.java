package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.Related;
import java.util.List;

/**
 * A tag given to {@link Book}s through {@link BookTag}: a record model.
 *
 * @param id   the generated id
 * @param name  the tag's text, unique
 * @param books the tagged books, through {@link BookTag}: {@code null} until loaded with {@link TagDao#BOOKS}
 */
@Model
public record Tag(@Id Long id, @Column(unique = true, nullable = false) String name,
        @Related(through = BookTag.class) List<Book> books) {
    /** A new, unsaved tag. */
    public static Tag named(String name) {
        return new Tag(null, name, null);
    }
}

package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;
import dev.tablesmith.Related;

/**
 * A reader's review of a {@link Book}: a record model on the "many" side.
 *
 * @param id     the generated id
 * @param bookId the reviewed book
 * @param stars  from 1 to 5
 * @param text   what the reader wrote
 * @param book   the reviewed book: {@code null} until loaded with {@link ReviewDao#BOOK}
 */
@Model
public record Review(@Id Long id,
        @References(value = Book.class, onDelete = ReferenceAction.CASCADE) @Column(nullable = false) Long bookId,
        int stars, String text, @Related Book book) {
    /** A new, unsaved review. */
    public static Review of(long bookId, int stars, String text) {
        return new Review(null, bookId, stars, text, null);
    }
}

package dev.tablesmith.it.library;

import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;

/**
 * The join model of books and tags: its two foreign keys are its composite primary key, and it has no other column.
 *
 * @param bookId the tagged book
 * @param tagId  the tag
 */
@Model
public record BookTag(@Id @References(value = Book.class, onDelete = ReferenceAction.CASCADE) long bookId,
        @Id @References(value = Tag.class, onDelete = ReferenceAction.CASCADE) long tagId) {
}

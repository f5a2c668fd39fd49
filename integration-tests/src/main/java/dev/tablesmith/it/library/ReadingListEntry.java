package dev.tablesmith.it.library;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;

/**
 * A book on a reader's reading list: a composite key of a text and a foreign key, with a column of its own to update.
 *
 * @param reader   the reader's name, first key column
 * @param bookId   the book, second key column
 * @param position where it stands on the list
 */
@Model
public record ReadingListEntry(@Id @Column(length = 40) String reader,
        @Id @References(value = Book.class, onDelete = ReferenceAction.CASCADE) long bookId, int position) {
}

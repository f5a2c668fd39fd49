package dev.tablesmith.it.model;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;
import java.time.Instant;

/**
 * A record model with a foreign key to {@link User}; its table must be created after {@code user}.
 *
 * @param id       the generated id
 * @param authorId the author
 * @param title    the title
 * @param body     the text
 * @param posted   when it was posted
 */
@Model
public record Post(@Id Long id,
        @References(value = User.class, onDelete = ReferenceAction.CASCADE) @Column(nullable = false) Long authorId,
        @Column(nullable = false) String title, @Column(length = 4000) String body, Instant posted) {

    /** A new, unsaved post. */
    public static Post draft(long authorId, String title, String body, Instant posted) {
        return new Post(null, authorId, title, body, posted);
    }
}

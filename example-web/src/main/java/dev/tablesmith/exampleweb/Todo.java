package dev.tablesmith.exampleweb;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Index;
import dev.tablesmith.Model;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.References;
import java.time.Instant;

/**
 * One item of a user's list; table {@code todo}. A list holds a title once: the unique index is what makes a request
 * that repeats one fail half-way, after its earlier rows were written.
 */
@Model
@Index(columns = {"userId", "title"}, unique = true)
public record Todo(
        @Id Long id,
        @References(value = User.class, onDelete = ReferenceAction.CASCADE) @Column(nullable = false) Long userId,
        @Column(nullable = false, length = 200) String title,
        boolean done,
        @Column(nullable = false) Instant created) {

    public static Todo create(long userId, String title) {
        return new Todo(null, userId, title, false, Instant.now());
    }

    public Todo withTitle(String newTitle) {
        return new Todo(id, userId, newTitle, done, created);
    }

    public Todo withDone(boolean newDone) {
        return new Todo(id, userId, title, newDone, created);
    }
}

package dev.tablesmith.exampleweb;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** A user of the todo service; table {@code "user"}. Jackson writes it as {@code {"id":1,"username":"ada"}}. */
@Model
public record User(
        @Id Long id,
        @Column(unique = true, nullable = false, length = 40) String username) {

    public static User named(String username) {
        return new User(null, username);
    }
}

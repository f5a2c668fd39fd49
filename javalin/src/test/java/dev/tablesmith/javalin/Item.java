package dev.tablesmith.javalin;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** What the test handlers write: an item with a unique name, so a test can tell which request wrote which row. */
@Model
public record Item(@Id Long id, @Column(nullable = false, unique = true, length = 100) String name) {
    static Item of(String name) {
        return new Item(null, name);
    }
}

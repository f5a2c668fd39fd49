package dev.tablesmith.spring.boot.app;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** What the test application writes: a note with a unique text, so a test can tell which request wrote which row. */
@Model(table = "boot_note")
public record Note(@Id Long id, @Column(nullable = false, unique = true, length = 100) String text) {
    public static Note of(String text) {
        return new Note(null, text);
    }
}

package dev.tablesmith.servlet;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** What the test servlets write: a note with a unique text, so a test can tell which request wrote which row. */
@Model
public record Note(@Id Long id, @Column(nullable = false, unique = true, length = 100) String text) {
    static Note of(String text) {
        return new Note(null, text);
    }
}

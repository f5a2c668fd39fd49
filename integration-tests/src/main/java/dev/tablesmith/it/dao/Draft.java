package dev.tablesmith.it.dao;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * A record whose columns have SQL defaults: an insert that leaves them null stores, and returns, the defaults.
 *
 * @param id       the generated id
 * @param title    the title
 * @param status   the workflow state, {@code draft} unless given
 * @param priority the priority, 3 unless given
 */
@Model
public record Draft(@Id Long id, String title, @Column(length = 20, defaultValue = "'draft'") String status,
        @Column(defaultValue = "3") Integer priority) {
}

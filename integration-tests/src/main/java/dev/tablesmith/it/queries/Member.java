package dev.tablesmith.it.queries;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * Someone with tasks, for the hand-written queries' tests.
 *
 * @param id       the generated id
 * @param username unique
 */
@Model
public record Member(@Id Long id, @Column(unique = true, nullable = false) String username) {
}

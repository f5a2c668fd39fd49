package dev.tablesmith.it.dao;

import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A record model with date-times: its DAO returns copies with the values the database keeps.
 *
 * @param id      the generated id
 * @param at      when the reading was taken
 * @param localAt the same moment on the meter's own clock
 */
@Model
public record Reading(@Id Long id, Instant at, LocalDateTime localAt) {
}

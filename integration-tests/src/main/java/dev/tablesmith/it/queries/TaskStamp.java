package dev.tablesmith.it.queries;

import java.time.Instant;

/**
 * A task's title and creation time, read by a cursor-paged query ordered by {@code created}: it holds the ordering
 * column and the id the processor appends to it.
 *
 * @param id      the task's id
 * @param title   its title
 * @param created when it was created
 */
public record TaskStamp(long id, String title, Instant created) {
}

package dev.tablesmith.it.queries;

/**
 * A projection: how many open tasks a member has.
 *
 * @param username the member
 * @param open     the number of tasks not done
 */
public record OpenCount(String username, long open) {
}

package dev.tablesmith.it.modules;

/**
 * A member's number of tasks, read by {@link MemberTaskQueries}.
 *
 * @param username the member
 * @param tasks    how many tasks they have
 */
public record TaskCount(String username, long tasks) {
}

package dev.tablesmith.it.dao;

/**
 * A seat of a {@link Ticket}, stored as its code.
 *
 * @param code the seat's code, such as {@code 12A}
 */
public record Seat(String code) {
}

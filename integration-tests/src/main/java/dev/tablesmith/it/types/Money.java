package dev.tablesmith.it.types;

/** An amount of money in cents: a value type Tablesmith does not know, stored through {@link MoneyConverter}. */
public record Money(long cents) {
}

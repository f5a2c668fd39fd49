package dev.tablesmith.it.types;

import dev.tablesmith.Column;

/** A postal address: a record of columns that models embed, not a model itself. */
public record Address(String street, @Column(length = 80) String city, @Column(name = "zip", length = 10) String postcode) {
}

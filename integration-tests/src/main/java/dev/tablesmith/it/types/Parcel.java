package dev.tablesmith.it.types;

import dev.tablesmith.Embedded;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** An embedded value in a record, which generated code builds through its constructor. */
@Model
public record Parcel(@Id Long id, @Embedded Address sender, String label) {
}

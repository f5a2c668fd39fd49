package dev.tablesmith.it.types;

import dev.tablesmith.Id;
import dev.tablesmith.Json;
import dev.tablesmith.Model;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** The same types in a record, which generated code builds through its constructor. */
@Model
public record Slot(@Id Long id, OffsetDateTime at, LocalTime time, Duration length, @Json String meta) {
}

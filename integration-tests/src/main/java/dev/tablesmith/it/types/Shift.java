package dev.tablesmith.it.types;

import dev.tablesmith.Id;
import dev.tablesmith.Json;
import dev.tablesmith.Model;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A column of each of the date-time, duration and JSON types, in a class set through its fields. */
@Model
public class Shift {
    @Id
    public Long id;
    public OffsetDateTime startsAt;
    public LocalTime opensAt;
    public Duration length;
    @Json
    public String details;

    public Shift() {
    }

    public Shift(OffsetDateTime startsAt, LocalTime opensAt, Duration length, String details) {
        this.startsAt = startsAt;
        this.opensAt = opensAt;
        this.length = length;
        this.details = details;
    }
}

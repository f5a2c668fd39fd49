package dev.tablesmith.it.dao;

import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A mutable model with date-times, compared field by field: what a write returns must equal what a read returns,
 * although Java's clocks give nanoseconds and the databases keep microseconds.
 */
@Model
public class Appointment {
    @Id
    Long id;

    Instant startsAt;

    LocalDateTime localStart;

    public Appointment() {
    }

    public Appointment(Instant startsAt, LocalDateTime localStart) {
        this.startsAt = startsAt;
        this.localStart = localStart;
    }

    public Long getId() {
        return id;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public void setLocalStart(LocalDateTime localStart) {
        this.localStart = localStart;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment that && Objects.equals(id, that.id)
                && Objects.equals(startsAt, that.startsAt) && Objects.equals(localStart, that.localStart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, startsAt, localStart);
    }

    @Override
    public String toString() {
        return "Appointment[id=" + id + ", startsAt=" + startsAt + ", localStart=" + localStart + "]";
    }
}

package dev.tablesmith.it.dao;

import dev.tablesmith.Convert;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.util.Objects;

/**
 * A model with a primitive generated id, which is 0 until the ticket is stored, and a converted column whose
 * converter refuses some values.
 */
@Model
public class Ticket {
    @Id
    public long id;
    @Convert(SeatConverter.class)
    public Seat seat;
    public String holder;

    public Ticket() {
    }

    public Ticket(Seat seat, String holder) {
        this.seat = seat;
        this.holder = holder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ticket ticket && id == ticket.id && Objects.equals(seat, ticket.seat)
                && Objects.equals(holder, ticket.holder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, seat, holder);
    }

    @Override
    public String toString() {
        return "Ticket[" + id + ", " + seat + ", " + holder + "]";
    }
}

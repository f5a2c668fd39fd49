package dev.tablesmith.it.model;

import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An immutable class with a client-assigned UUID id, built through its constructor; {@code order} is a reserved
 * word too.
 */
@Model
public final class Order {
    @Id
    private final UUID id;
    private final String customer;
    private final BigDecimal total;
    private final LocalDate placed;
    private final Status status;

    /** The order's state, stored as its name. */
    public enum Status {
        NEW,
        PAID,
        SHIPPED
    }

    public Order(UUID id, String customer, BigDecimal total, LocalDate placed, Status status) {
        this.id = id;
        this.customer = customer;
        this.total = total;
        this.placed = placed;
        this.status = status;
    }

    public UUID getId() {
        return id;
    }

    public String getCustomer() {
        return customer;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDate getPlaced() {
        return placed;
    }

    public Status getStatus() {
        return status;
    }
}

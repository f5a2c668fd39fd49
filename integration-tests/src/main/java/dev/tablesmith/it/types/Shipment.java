package dev.tablesmith.it.types;

import dev.tablesmith.Embedded;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** Two embedded addresses of one record type, and an embedded class, in a class set through its fields. */
@Model
public class Shipment {
    @Id
    public Long id;
    public String reference;
    @Embedded
    public Address shipTo;
    @Embedded
    public Address billTo;
    @Embedded
    public Dimensions size;
}

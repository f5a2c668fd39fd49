package dev.tablesmith.it.types;

import static dev.tablesmith.it.types.ParcelTable.PARCEL;
import static dev.tablesmith.it.types.ShipmentTable.SHIPMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code @Embedded} values on every database: flattened into prefixed columns, written and read through the DAO
 * (classes and records, records and classes embedded), null when all their columns are NULL, and queried through
 * the generated table's fields.
 */
class EmbeddedValuesTest {
    static final Address PARIS = new Address("1 rue de Rivoli", "Paris", "75001");
    static final Address BERLIN = new Address("Unter den Linden 1", "Berlin", null);

    static Shipment shipment(String reference, Address shipTo, Address billTo, Dimensions size) {
        Shipment shipment = new Shipment();
        shipment.reference = reference;
        shipment.shipTo = shipTo;
        shipment.billTo = billTo;
        shipment.size = size;
        return shipment;
    }

    @AllDatabases
    void embeddedValuesSurviveTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ShipmentDao shipments = new ShipmentDao(db);
            Dimensions box = new Dimensions(300, 200, new BigDecimal("1.25"));
            Shipment stored = db.inContext(() -> shipments.insert(shipment("A1", PARIS, BERLIN, box)));
            Shipment read = db.inContext(() -> shipments.getById(stored.id));
            assertEquals(PARIS, read.shipTo);
            assertEquals(BERLIN, read.billTo, "a NULL column of a value that has others stays a null component");
            assertEquals(box, read.size);

            read.billTo = null;
            read.size = new Dimensions(null, 10, null);
            db.inContext(() -> shipments.update(read));
            Shipment updated = db.inContext(() -> shipments.getById(stored.id));
            assertEquals(PARIS, updated.shipTo);
            assertNull(updated.billTo, "a null value is all NULLs, and all NULLs read back as null");
            assertEquals(new Dimensions(null, 10, null), updated.size);
            assertEquals(List.of(updated.id), db.inContext(() -> db.session().dsl().select(SHIPMENT.ID)
                    .from(SHIPMENT).where(SHIPMENT.BILL_TO_STREET.isNull(), SHIPMENT.BILL_TO_CITY.isNull(),
                            SHIPMENT.BILL_TO_ZIP.isNull()).fetch(SHIPMENT.ID)));
        }
    }

    @AllDatabases
    void embeddedValuesInRecordsSurviveTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ParcelDao parcels = new ParcelDao(db);
            Parcel stored = db.inContext(() -> parcels.insert(new Parcel(null, PARIS, "fragile")));
            assertEquals(stored, db.inContext(() -> parcels.getById(stored.id())));
            Parcel anonymous = db.inContext(() -> parcels.insert(new Parcel(null, null, "anonymous")));
            assertEquals(anonymous, db.inContext(() -> parcels.getById(anonymous.id())));
            assertNull(anonymous.sender());
        }
    }

    @AllDatabases
    void queriesUseTheFlattenedFields(TestDatabase target) {
        try (Database db = target.open()) {
            ShipmentDao shipments = new ShipmentDao(db);
            ParcelDao parcels = new ParcelDao(db);
            db.inContext(() -> shipments.insertAll(List.of(shipment("A1", PARIS, BERLIN, null),
                    shipment("B2", BERLIN, PARIS, null), shipment("C3", null, null, null))));
            db.inContext(() -> parcels.insert(new Parcel(null, BERLIN, "books")));
            db.inContext(() -> {
                assertEquals(List.of("B2"), shipments.where(SHIPMENT.SHIP_TO_CITY.eq("Berlin")).list().stream()
                        .map(s -> s.reference).toList());
                assertEquals(List.of("A1", "B2"), shipments.where(SHIPMENT.BILL_TO_CITY.in("Paris", "Berlin"))
                        .orderBy(SHIPMENT.REFERENCE).list().stream().map(s -> s.reference).toList());
                assertEquals(List.of(BERLIN), shipments.where(SHIPMENT.SHIP_TO_ZIP.isNull(),
                        SHIPMENT.SHIP_TO_STREET.isNotNull()).list().stream().map(s -> s.shipTo).toList());
                var dsl = db.session().dsl();
                assertEquals(List.of("books"), dsl.select(PARCEL.LABEL).from(PARCEL).join(SHIPMENT)
                        .on(SHIPMENT.SHIP_TO_CITY.eq(PARCEL.SENDER_CITY)).where(SHIPMENT.REFERENCE.eq("B2"))
                        .fetch(PARCEL.LABEL), "embedded columns join like any other");
                assertEquals(List.of(BERLIN), shipments.fetch(dsl.selectFrom(SHIPMENT)
                        .where(SHIPMENT.SHIP_TO_STREET.like("Unter%"))).stream().map(s -> s.shipTo).toList());
            });
        }
    }

    @AllDatabases
    void aComponentTheColumnCannotHoldIsRefusedNamingTheColumn(TestDatabase target) {
        try (Database db = target.open()) {
            ShipmentDao shipments = new ShipmentDao(db);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> db.inContext(() ->
                    shipments.insert(shipment("A1", new Address("x", "y", "12345678901"), null, null))));
            assertEquals("ship_to_zip", e.column(), e.getMessage());
        }
    }

    @AllDatabases
    void verifySchemaFindsTheFlattenedColumns(TestDatabase target) {
        try (Database db = target.open()) {
            assertEquals(List.of(), db.verifySchema().stream()
                    .filter(d -> d.contains("shipment") || d.contains("parcel")).toList());
        }
    }
}

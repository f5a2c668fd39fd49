package dev.tablesmith.it.types;

import static dev.tablesmith.it.types.EmbeddedValuesTest.BERLIN;
import static dev.tablesmith.it.types.EmbeddedValuesTest.PARIS;
import static dev.tablesmith.it.types.EmbeddedValuesTest.shipment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Query} and {@code @Find} methods returning models with {@code @Convert} and {@code @Embedded} columns, on
 * every database: they read what the DAO stored exactly as the DAO reads it back, whatever the order of the result
 * columns, null values and all-NULL embedded values included.
 */
class ConvertedQueriesTest {
    private static final URI SHOP = ConvertersTest.SHOP;

    /** Three products, one with a NULL converted column, as stored with their ids. */
    private static List<Product> lampChairAndMug(Database db, ProductDao products) {
        return db.inContext(() -> products.insertAll(List.of(
                new Product(null, "lamp", new Money(1999), SHOP),
                new Product(null, "chair", new Money(4500), null),
                new Product(null, "mug", new Money(350), URI.create("urn:isbn:0451450523")))));
    }

    @AllDatabases
    void convertedColumnsReadThroughTheConverter(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            List<Product> stored = lampChairAndMug(db, products);
            ConvertedQueries queries = new ConvertedQueriesImpl(db);
            db.inContext(() -> {
                assertEquals(Optional.of(stored.get(0)), queries.named("lamp"));
                assertEquals(products.getById(stored.get(1).id()), queries.named("chair").orElseThrow(),
                        "a NULL converted column is null, as the DAO reads it");
                assertEquals(List.of(stored.get(1), stored.get(0), stored.get(2)), queries.mostExpensiveFirst());
                assertEquals(List.of("chair 45.00", "lamp 19.99", "mug 3.50"), queries.rawPrices().stream()
                        .map(p -> p.name() + " " + p.price().setScale(2)).toList(), "a projection reads it raw");
            });
        }
    }

    @AllDatabases
    void parametersOfConvertedTypesBindThroughTheConverter(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            List<Product> stored = lampChairAndMug(db, products);
            ConvertedQueries queries = new ConvertedQueriesImpl(db);
            db.inContext(() -> {
                assertEquals(List.of(stored.get(0), stored.get(1)), queries.costingAtLeast(new Money(1999)),
                        "19.99 is compared as the DECIMAL it is stored as, so the lamp itself is included");
                assertEquals(List.of(), queries.costingAtLeast(new Money(4501)));
                assertEquals(Optional.of(stored.get(2)), queries.byHomepage(URI.create("urn:isbn:0451450523")));
                assertEquals(Optional.empty(), queries.byHomepage(URI.create("urn:isbn:0")));
            });
        }
    }

    @AllDatabases
    void cursorPagesOrderedByAConvertedColumn(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            List<Product> stored = db.inContext(() -> products.insertAll(List.of(
                    new Product(null, "lamp", new Money(1999), null),
                    new Product(null, "chair", new Money(4500), null),
                    new Product(null, "mug", new Money(350), null))));
            ConvertedQueries queries = new ConvertedQueriesImpl(db);
            db.inContext(() -> {
                CursoredPage<Product> first = queries.byPrice(null, 2);
                assertEquals(List.of(stored.get(2), stored.get(0)), first.items());
                CursoredPage<Product> second = queries.byPrice(first.nextCursor().orElseThrow(), 2);
                assertEquals(List.of(stored.get(1)), second.items());
                assertEquals(first.items(), queries.byPrice(second.previousCursor().orElseThrow(), 2).items());
            });
        }
    }

    @AllDatabases
    void embeddedValuesReadAsTheDaoReadsThem(TestDatabase target) {
        try (Database db = target.open()) {
            ShipmentDao shipments = new ShipmentDao(db);
            ParcelDao parcels = new ParcelDao(db);
            Dimensions box = new Dimensions(300, null, new BigDecimal("1.25"));
            db.inContext(() -> shipments.insertAll(List.of(shipment("A1", PARIS, BERLIN, box),
                    shipment("B2", BERLIN, null, null), shipment("C3", BERLIN, PARIS, null))));
            List<Parcel> stored = db.inContext(() -> parcels.insertAll(List.of(new Parcel(null, BERLIN, "books"),
                    new Parcel(null, null, "anonymous"))));
            ConvertedQueries queries = new ConvertedQueriesImpl(db);
            db.inContext(() -> {
                Shipment a1 = queries.byReference("A1").get(0);
                assertEquals(PARIS, a1.shipTo);
                assertEquals(BERLIN, a1.billTo, "a NULL column of a value that has others stays a null component");
                assertEquals(box, a1.size);
                List<Shipment> toBerlin = queries.shippedTo("Berlin");
                assertEquals(List.of("B2", "C3"), toBerlin.stream().map(s -> s.reference).toList());
                assertNull(toBerlin.get(0).billTo, "all NULL columns read as a null value");
                assertNull(toBerlin.get(0).size);
                assertEquals(PARIS, toBerlin.get(1).billTo);
                assertEquals(stored, queries.parcels(), "a record's embedded value, from reordered columns");
            });
        }
    }
}

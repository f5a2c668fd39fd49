package dev.tablesmith.it.types;

import static dev.tablesmith.it.types.ProductTable.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * {@code @Convert} columns on every database: the DAO's writes, reads and {@code findByX} lookups go through the
 * converter, and so do jOOQ queries on the generated table's typed fields, which bind and return the field's type.
 */
class ConvertersTest {
    static final URI SHOP = URI.create("https://example.com/shop?q=grüße#top");

    @AllDatabases
    void convertedValuesSurviveTheDao(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            Product stored = db.inContext(() -> products.insert(new Product(null, "lamp", new Money(1999), SHOP)));
            assertEquals(new Product(stored.id(), "lamp", new Money(1999), SHOP),
                    db.inContext(() -> products.getById(stored.id())));
            Product cheaper = new Product(stored.id(), "lamp", new Money(-5), null);
            db.inContext(() -> products.update(cheaper));
            assertEquals(cheaper, db.inContext(() -> products.getById(stored.id())), "null stays null");
        }
    }

    @AllDatabases
    void lookupsByAConvertedUniqueColumnConvertTheirArgument(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            Product stored = db.inContext(() -> products.insert(new Product(null, "lamp", new Money(1999), SHOP)));
            assertEquals(Optional.of(stored), db.inContext(() -> products.findByHomepage(SHOP)));
            assertEquals(Optional.empty(), db.inContext(() -> products.findByHomepage(URI.create("https://x"))));
        }
    }

    @AllDatabases
    void jooqQueriesBindAndReadTheFieldsType(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            db.inContext(() -> products.insertAll(List.of(new Product(null, "lamp", new Money(1999), SHOP),
                    new Product(null, "chair", new Money(4500), null),
                    new Product(null, "mug", new Money(350), URI.create("urn:isbn:0451450523")))));
            db.inContext(() -> {
                var dsl = db.session().dsl();
                assertEquals(List.of("lamp"), dsl.select(PRODUCT.NAME).from(PRODUCT)
                        .where(PRODUCT.PRICE.eq(new Money(1999))).fetch(PRODUCT.NAME));
                assertEquals(List.of(new Money(350), new Money(1999), new Money(4500)), dsl.select(PRODUCT.PRICE)
                        .from(PRODUCT).orderBy(PRODUCT.PRICE).fetch(PRODUCT.PRICE));
                assertEquals(List.of("chair", "lamp"), products.where(PRODUCT.PRICE.gt(new Money(1000)))
                        .orderBy(PRODUCT.NAME).list().stream().map(Product::name).toList());
                assertEquals(SHOP, dsl.select(PRODUCT.HOMEPAGE).from(PRODUCT).where(PRODUCT.HOMEPAGE.eq(SHOP))
                        .fetchOne(PRODUCT.HOMEPAGE));
                assertEquals(1, products.where(PRODUCT.HOMEPAGE.isNull()).count());
            });
        }
    }

    @AllDatabases
    void rowsWrittenByJooqReadBackThroughTheDaoAndTheOtherWayRound(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            Long id = db.inContext(() -> db.session().dsl().insertInto(PRODUCT)
                    .set(PRODUCT.NAME, "lamp").set(PRODUCT.PRICE, new Money(1999)).set(PRODUCT.HOMEPAGE, SHOP)
                    .returning(PRODUCT.ID).fetchOne(PRODUCT.ID));
            Product expected = new Product(id, "lamp", new Money(1999), SHOP);
            assertEquals(expected, db.inContext(() -> products.getById(id)));
            assertEquals(new BigDecimal("19.99"), db.inContext(() -> db.session().dsl()
                    .select(DSL.field(DSL.name("price"), BigDecimal.class)).from(PRODUCT).fetchOne(0, BigDecimal.class)).stripTrailingZeros(), "stored as the decimal");
            assertEquals(List.of(expected), db.inContext(() -> products.fetch(db.session().dsl().selectFrom(PRODUCT)
                    .where(PRODUCT.PRICE.le(new Money(1999))))));
        }
    }

    @AllDatabases
    void aConvertedValueTheColumnCannotHoldIsRefused(TestDatabase target) {
        try (Database db = target.open()) {
            ProductDao products = new ProductDao(db);
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> db.inContext(() ->
                    products.insert(new Product(null, "yacht", new Money(1_000_000_000_000L), null))));
            assertEquals("price", e.column(), e.getMessage());
            assertTrue(e.getMessage().contains("it has 11 digits before the decimal point; the column holds 10"),
                    e.getMessage());
        }
    }
}

package dev.tablesmith.it.types;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Find;
import dev.tablesmith.Queries;
import dev.tablesmith.Query;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written queries returning models with {@code @Convert} and {@code @Embedded} columns, which they read as the
 * models' DAOs do; a projection reading a converted column raw, as its database type; and parameters of converted
 * types, bound through the converter of their columns.
 */
@Queries
public interface ConvertedQueries {
    @Query("select * from product where name = :name")
    Optional<Product> named(String name);

    @Query("select homepage, price, name, id from product order by price desc")
    List<Product> mostExpensiveFirst();

    @Query("select * from product order by price")
    CursoredPage<Product> byPrice(String cursor, int limit);

    @Query("select name, price from product order by name")
    List<RawPrice> rawPrices();

    @Query("select * from product where price >= :least order by price")
    List<Product> costingAtLeast(Money least);

    @Find
    Optional<Product> byHomepage(URI homepage);

    @Find
    List<Shipment> byReference(String reference);

    @Query("select * from shipment where ship_to_city = :city order by reference")
    List<Shipment> shippedTo(String city);

    @Query("select label, sender_zip, sender_city, sender_street, id from parcel order by id")
    List<Parcel> parcels();

    /** A converted column read as the converter's database type. */
    record RawPrice(String name, BigDecimal price) {
    }
}

package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field whose type is a record (or a class) of columns as those columns, flattened into the model's table
 * with the field's name as a prefix: {@code @Embedded Address shipTo;} with {@code record Address(String street,
 * String city)} gives the columns {@code ship_to_street} and {@code ship_to_city}, and the generated table the fields
 * {@code SHIP_TO_STREET} and {@code SHIP_TO_CITY} for {@code where(...)}.
 *
 * <p>A null field writes NULL to every column, and a row whose columns are all NULL reads back as a null field, so
 * the columns are always nullable. The embedded type's components are mapped like a model's fields
 * ({@code @Column}, {@code @Convert}, {@code @Json} apply; the name in {@code @Column(name)} gets the prefix too), and
 * may not be primitive (a null embedded value has no value for them), an {@code @Id}, a {@code @Version}, a
 * {@code @References}, or {@code @Embedded} themselves: embeddings do not nest. A record is created through its
 * canonical constructor; a class needs a no-argument constructor and writable fields or setters. The processor
 * checks all of it at compile time. Date-times in an embedded value are not cut to microseconds by the DAO, as
 * top-level ones are: finer ones are refused.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Embedded {
}

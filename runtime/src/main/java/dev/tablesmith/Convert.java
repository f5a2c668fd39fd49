package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jooq.Converter;

/**
 * Stores a field of a type Tablesmith does not map through a jOOQ {@link Converter}: {@code @Convert(MoneyConverter
 * .class) Money price;} with {@code MoneyConverter implements Converter<BigDecimal, Money>}. The column is that of
 * the converter's database type ({@code BigDecimal} here, sized by {@code @Column(precision, scale)} as usual), and
 * the converter is used wherever the value crosses to the database: the DAO's writes, reads and {@code findByX}
 * lookups, and the generated table's typed field, so {@code where(BOOK.PRICE.eq(price))} binds a {@code Money}.
 *
 * <p>The processor checks at compile time that the converter's user type is the field's type, that its database
 * type is one Tablesmith maps (not an enum), and that it has a no-argument constructor the generated code in the
 * model's package can call. One instance is created per generated class and shared by all threads: a converter
 * must be stateless. The DAO never passes it {@code null} (a null field is a NULL column and the other way round),
 * and values it produces are checked like any other: a converter's {@code Instant} with nanoseconds is refused,
 * not cut. Not supported on the {@code @Id} or the {@code @Version}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Convert {
    /** The converter, from the column's database type to the field's type. */
    Class<? extends Converter<?, ?>> value();
}

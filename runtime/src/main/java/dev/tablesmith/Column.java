package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adjusts how a field or record component maps to its column. Fields without it are columns too, with the
 * defaults described here.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Column {
    /** The column name; empty means the field name in snake_case. */
    String name() default "";

    /** Adds a unique constraint, and a generated {@code findByX} method on the DAO. */
    boolean unique() default false;

    /**
     * Whether the column accepts NULL. Primitives and ids are never nullable; other types are nullable unless
     * this is {@code false} or the field carries a {@code @NonNull}/{@code @NotNull} annotation of any package.
     */
    boolean nullable() default true;

    /**
     * The maximum length of a {@code String} column, in characters (code points). Bounded by default so that
     * unique and indexed text works on MySQL/MariaDB, whose index keys are limited in size. Longer text is refused
     * with an {@link InvalidValueException} on every database, SQLite included.
     */
    int length() default 255;

    /**
     * The total number of digits of a {@code BigDecimal} column. A value with more digits before the decimal point
     * than {@code precision - scale} is refused with an {@link InvalidValueException}.
     */
    int precision() default 19;

    /**
     * The number of digits after the decimal point of a {@code BigDecimal} column. A value with more (other than
     * trailing zeros) is refused with an {@link InvalidValueException} rather than rounded: round it first.
     */
    int scale() default 4;

    /** Adds a (non-unique) index on this column. */
    boolean index() default false;

    /**
     * A SQL default expression for the column, used as written (e.g. {@code "0"}, {@code "'draft'"},
     * {@code "CURRENT_TIMESTAMP"}); empty means none.
     */
    String defaultValue() default "";
}

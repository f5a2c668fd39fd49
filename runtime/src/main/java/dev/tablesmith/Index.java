package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A (possibly composite, possibly unique) index on a model's table. Columns are named by their Java field names
 * or their column names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
    /** The indexed columns, in order. */
    String[] columns();

    /** Whether the combination of values must be unique; a unique index also gets a {@code findByX} method. */
    boolean unique() default false;

    /** The index name; empty means {@code <table>_<columns>_idx} (or {@code _key} for unique ones). */
    String name() default "";

    /** Holds several {@link Index} annotations on one model. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Index[] value();
    }
}

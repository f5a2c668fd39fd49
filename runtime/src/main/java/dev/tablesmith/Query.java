package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One hand-written SQL statement on a method of a {@link Queries} interface, checked at compile time: it must parse,
 * name only tables and columns of the models, use every method parameter as a {@code :name} value (bound, never
 * spliced into the SQL), and return columns the method's result type reads by name.
 *
 * <p>Result types: a model, a record or class whose constructor parameters are the result columns by name
 * ({@code userId} or {@code user_id}), a single value ({@code long}, {@code String} …), {@code Optional},
 * {@code List}, {@code Stream} (over an open cursor: close it), {@code Page} (with a trailing
 * {@code (int page, int perPage)} pair, one COUNT query), or {@code int}/{@code long}/{@code void} for an
 * {@code insert}, {@code update} or {@code delete}. A single result that finds no row throws
 * {@link NotFoundException}; several throw {@link NonUniqueResultException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /** The SQL, with {@code :name} for the method parameter {@code name}. */
    String value();
}

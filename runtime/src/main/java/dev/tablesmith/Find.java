package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query of a {@link Queries} interface written by its signature alone: the result type names the model
 * ({@code List<Todo>}, {@code Optional<Todo>}, {@code Todo}, {@code Stream<Todo>}, {@code Page<Todo>}), and each
 * parameter names one of its columns, by property ({@code userId}) or column name ({@code user_id}); the rows
 * returned are those whose columns equal all the values. A parameter that names no column is a compile error.
 *
 * <pre>{@code
 * @Find List<Todo> byUserIdAndDone(long userId, boolean done);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Find {
}

package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of hand-written queries: the annotation processor checks each {@link Query} and {@link Find}
 * method against the models of the compilation, renders its SQL for every supported database, and generates
 * {@code <Name>Impl} beside it, built with {@code new <Name>Impl(db)}. Every call runs in the session of the current
 * context, like a DAO's.
 *
 * <pre>{@code
 * @Queries
 * public interface TodoQueries {
 *     @Query("select * from todo where user_id = :userId and done = false order by id")
 *     List<Todo> open(long userId);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Queries {
}

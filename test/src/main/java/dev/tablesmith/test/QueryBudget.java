package dev.tablesmith.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails a test, run by {@link RollbackExtension}, whose context ran the same SQL from the same line of code more
 * than {@link #sameShapeFromSameSite()} times: the N+1 pattern of a loop that reads one row per iteration, which
 * {@code where(...).with(...)} or {@code load(...)} turn into one statement per relation level. The failure names the
 * calling line, the SQL and the count.
 *
 * <pre>{@code
 * @Test
 * @QueryBudget(sameShapeFromSameSite = 3)
 * void listsAuthorsWithTheirBooks() { ... }
 * }</pre>
 *
 * <p>On a test method, or on the test class for all its tests (a method's own annotation wins). The statements are
 * the context's recorded queries, so the {@code Database} must be built with {@code recordQueries(true)}; a budget
 * on a database that records nothing fails the test rather than pass unchecked.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface QueryBudget {
    /** How many times one SQL statement may run from one calling line; at least 1. */
    int sameShapeFromSameSite();
}

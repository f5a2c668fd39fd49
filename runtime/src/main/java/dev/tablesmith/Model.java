package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a persistent model: the annotation processor derives a table from it and generates
 * {@code <Name>Table} (jOOQ metadata) and {@code <Name>Dao} (typed data access) beside it.
 *
 * <p>The table name is the class's simple name in snake_case, exactly as Flask-SQLAlchemy 3.1 derives it
 * ({@code HTTPResponse} becomes {@code http_response}), unless {@link #table()} names it.
 *
 * <p>On an abstract class it declares a base (Flask-SQLAlchemy's {@code __abstract__}): no table of its own; its
 * fields become columns of each {@code @Model} subclass (as any superclass's do) and its {@link #bind()} is theirs.
 * Such a base cannot name a {@link #table()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
    /** The table name; empty means "derive it from the class name". */
    String table() default "";

    /**
     * The name of the database (bind) the table lives in; empty means the default database. When not written, the
     * bind of the nearest {@code @Model} superclass that writes one, as Flask-SQLAlchemy models inherit
     * {@code __bind_key__}.
     */
    String bind() default "";
}

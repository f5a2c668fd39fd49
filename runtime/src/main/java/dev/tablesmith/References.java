package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a foreign key from this column to the {@link Id} of another {@link Model}. The column's type must
 * match the referenced id's type; the processor checks it at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface References {
    /** The referenced model class. */
    Class<?> value();

    /** What the database does to this row when the referenced row is deleted. */
    ReferenceAction onDelete() default ReferenceAction.NO_ACTION;
}

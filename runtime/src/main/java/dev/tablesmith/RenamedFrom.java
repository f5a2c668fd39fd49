package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a column used to have another name, so the schema check proposes {@code ALTER TABLE ... RENAME COLUMN}
 * instead of refusing a drop plus an add that would lose the column's data. Remove it once every database has been
 * migrated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface RenamedFrom {
    /** The column's previous name. */
    String value();
}

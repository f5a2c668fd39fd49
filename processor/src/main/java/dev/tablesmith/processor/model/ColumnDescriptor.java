package dev.tablesmith.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One column of a model, as the writers need it. The source {@link Element} is kept only to report errors on it.
 *
 * @param property     the Java property name
 * @param name         the column name
 * @param type         the column's kind of type
 * @param javaType     the property's exact Java type
 * @param nullable     whether the column accepts NULL
 * @param unique       whether it has a unique constraint of its own
 * @param indexed      whether it has an index of its own
 * @param length       the maximum length of text columns
 * @param precision    the precision of decimal columns
 * @param scale        the scale of decimal columns
 * @param defaultValue the SQL default expression, or empty
 * @param id           whether it is the primary key
 * @param generated    whether the database generates its value (ids only)
 * @param version      whether it is the optimistic-locking version
 * @param read         how generated code reads it from an entity
 * @param write        how generated code sets it on an entity
 * @param reference    its foreign key, or {@code null}
 * @param element      where it was declared
 */
public record ColumnDescriptor(String property, String name, ColumnType type, TypeName javaType, boolean nullable,
        boolean unique, boolean indexed, int length, int precision, int scale, String defaultValue, boolean id,
        boolean generated, boolean version, Accessor read, Accessor write, ForeignKeyDescriptor reference,
        Element element) {

    /** Whether the Java type is primitive (and the column therefore NOT NULL). */
    public boolean primitive() {
        return javaType.isPrimitive();
    }
}

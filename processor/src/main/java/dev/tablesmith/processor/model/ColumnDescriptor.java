package dev.tablesmith.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One column of a model, as the writers and the schema stage need it, every name already resolved. The source
 * {@link Element} is kept only to report errors on it.
 *
 * @param property     the Java property name
 * @param name         the column name
 * @param fieldName    the name of its {@code TableField} in {@code XTable}, unique among the table's members
 * @param type         the column's kind of type
 * @param javaType     the property's exact Java type
 * @param nullable     whether the column accepts NULL
 * @param unique       whether it is declared unique
 * @param uniqueKey    the name of its own unique constraint, or {@code null} when it has none (not unique, or the
 *                     id, which the primary key already keeps unique)
 * @param indexed      whether it is declared indexed
 * @param length       the maximum length of text columns
 * @param precision    the precision of decimal columns
 * @param scale        the scale of decimal columns
 * @param defaultValue the SQL default expression, or empty
 * @param id           whether it is the primary key
 * @param generated    whether the database generates its value (ids only)
 * @param version      whether it is the optimistic-locking version
 * @param previousName the name the column had before, from {@code @RenamedFrom}, or empty
 * @param read         how generated code reads it from an entity
 * @param write        how generated code sets it on an entity
 * @param reference    its foreign key, or {@code null}
 * @param element      where it was declared
 * @param converter    its {@code @Convert} converter class, from the SQL type's Java type to {@link #javaType}, or
 *                     {@code null}
 * @param embedding    the {@code @Embedded} property it is a column of, or {@code null}
 */
public record ColumnDescriptor(String property, String name, String fieldName, ColumnType type, TypeName javaType,
        boolean nullable, boolean unique, String uniqueKey, boolean indexed, int length, int precision, int scale,
        String defaultValue, boolean id, boolean generated, boolean version, String previousName, Accessor read,
        Accessor write, ForeignKeyDescriptor reference, Element element, TypeName converter, Embedding embedding) {

    /** This column as a column of the embedded property {@code embedding}, under another name. */
    public ColumnDescriptor embedded(String property, String name, String fieldName, String uniqueKey,
            Element element, Embedding embedding) {
        return new ColumnDescriptor(property, name, fieldName, type, javaType, true, unique, uniqueKey, indexed,
                length, precision, scale, defaultValue, false, false, false, previousName, read, write, null, element,
                converter, embedding);
    }

    /** The property as messages name it: {@code shipTo.city} for a column of an embedded value. */
    public String declaredAs() {
        return embedding == null ? property : embedding.property() + "." + embedding.component();
    }

    /** Whether the Java type is primitive (and the column therefore NOT NULL). */
    public boolean primitive() {
        return javaType.isPrimitive();
    }

    /** The column's SQL type, without nullability, identity or default. */
    public SqlType sqlType() {
        return type.sqlType(length, precision, scale, javaType);
    }

    /** The column's value type in jOOQ, e.g. {@code Long} for a {@code long} property. */
    public TypeName valueType() {
        return javaType.isPrimitive() ? javaType.box() : javaType;
    }
}

package dev.tablesmith.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Element;

/**
 * One {@code @Related} property, resolved against both models: how the generated DAO constant finds the related rows
 * and fills the property. Never a column. The source {@link Element} is kept only to report errors on it.
 *
 * @param property     the Java property name
 * @param constant     the name of the DAO constant, e.g. {@code BOOKS}
 * @param kind         to one, to many, or many-to-many through a join model
 * @param javaType     the property's exact type ({@code List<Book>} or {@code Author})
 * @param target       the related model
 * @param targetDao    its generated DAO
 * @param parentKey    how to read, from this model, the key matched against {@code match}: its id, or for
 *                     {@link Kind#TO_ONE} its foreign key
 * @param match        the column the keys are matched against ({@code Table.CONSTANT.FIELD}): the related model's
 *                     foreign key, the related model's id, or the join model's column referencing this model
 * @param foreignKey   for {@link Kind#TO_ONE}, this model's foreign-key column; for {@link Kind#THROUGH}, the join
 *                     model's column referencing the related model; otherwise {@code null}
 * @param targetId     for {@link Kind#THROUGH}, the related model's id column; otherwise {@code null}
 * @param childKey     for {@link Kind#TO_MANY} and {@link Kind#TO_ONE}, how to read from a related row the key it
 *                     belongs to (its foreign key, or its id)
 * @param read         how generated code reads the property
 * @param write        how generated code sets it
 * @param element      where it was declared
 */
public record RelationDescriptor(String property, String constant, Kind kind, TypeName javaType, ClassName target,
        ClassName targetDao, Accessor parentKey, FieldRef match, FieldRef foreignKey, FieldRef targetId,
        Accessor childKey, Accessor read, Accessor write, Element element) {

    /** How the related rows are found. */
    public enum Kind {
        /** The related rows' foreign key holds this model's id: a list. */
        TO_MANY,
        /** This model's foreign key holds the related row's id: one model or null. */
        TO_ONE,
        /** A join model holds both ids: a list. */
        THROUGH
    }

    /**
     * A column's typed field in a generated table class: {@code BookTable.BOOK.AUTHOR_ID}.
     *
     * @param table    the generated table class
     * @param constant its table constant
     * @param field    the column's field
     */
    public record FieldRef(ClassName table, String constant, String field) {
    }
}

package dev.tablesmith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a relation to other models on a field or record component that is never a column and never loaded
 * lazily: it stays {@code null} until loaded explicitly ({@code authors.where(...).with(AuthorDao.BOOKS).list()} or
 * {@code authors.load(list, AuthorDao.BOOKS)}), then holds a list (empty when there are no rows) or the model.
 *
 * <pre>{@code
 * @Model class Author { @Id Long id; String name; @Related List<Book> books; }        // one-to-many
 * @Model class Book {
 *     @Id Long id; @References(Author.class) Long authorId;
 *     @Related Author author;                                                         // many-to-one
 *     @Related(through = BookTag.class) List<Tag> tags;                               // many-to-many
 * }
 * }</pre>
 *
 * The processor resolves the foreign key at compile time and generates a {@link Relation} constant per relation on
 * the DAO ({@code AuthorDao.BOOKS}); a relation it cannot resolve is a compile error on the field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Related {
    /**
     * The {@code @References} property that links the two models, when there are several: for a list, a property
     * of the related model referencing this one; for a single model, a property of this model referencing it.
     */
    String via() default "";

    /**
     * For a many-to-many list: the join model, which has one {@code @References} to this model and one to the
     * related model (its composite key, typically).
     */
    Class<?> through() default void.class;
}

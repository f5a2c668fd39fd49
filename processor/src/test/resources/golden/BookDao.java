package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.Relation;
import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link Book}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class BookDao extends AbstractDao<Book, Long> {
    /**
     * Loads {@code author}: the {@link Author} its foreign key references, one statement per level for any number of entities.
     */
    public static final Relation<Book, Author> AUTHOR = Relation.<Book, Author>toOne("Book.author", AuthorDao::new,
        BookTable.BOOK.AUTHOR_ID, AuthorTable.AUTHOR.ID, parent -> parent.authorId,
        child -> child.id,
        (parent, value) -> {
            parent.author = value;
            return parent;
        });

    /**
     * Loads {@code tags}: the {@link Tag}s linked to it through its join model, one statement per level for any number of entities.
     */
    public static final Relation<Book, Tag> TAGS = Relation.<Book, Tag>through("Book.tags", TagDao::new,
        BookTagTable.BOOK_TAG.BOOK_ID, BookTagTable.BOOK_TAG.TAG_ID, TagTable.TAG.ID,
        parent -> parent.id,
        (parent, value) -> {
            parent.tags = value;
            return parent;
        });

    public BookDao(Database database) {
        super(database, BookTable.BOOK);
    }

    /**
     * Every {@link Book} whose {@code author_id} references this {@link Author}, in no particular order (a null value matches nothing).
     */
    public List<Book> findAllByAuthorId(Long authorId) {
        if (authorId == null) {
            return List.of();
        }
        return where(BookTable.BOOK.AUTHOR_ID.eq(authorId)).list();
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Book entity, int first) throws
            SQLException {
        types.setLong(ps, first, entity.authorId);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Book entity) throws
            SQLException {
        types.setLong(ps, 1, entity.authorId);
        types.setLong(ps, 2, entity.id);
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        types.setLong(ps, index, id);
    }

    @Override
    protected Book map(ResultSet rs, JdbcTypes types) throws SQLException {
        Book entity = new Book();
        entity.id = types.getLong(rs, 1);
        entity.authorId = types.getLong(rs, 2);
        return entity;
    }

    @Override
    protected Long idOf(Book entity) {
        return entity.id;
    }

    @Override
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected Book withId(Book entity, Long id) {
        entity.id = id;
        return entity;
    }

    @Override
    public Book fromRecord(Record record) {
        Object[] values = values(record);
        Book entity = new Book();
        entity.id = (Long) values[0];
        entity.authorId = (Long) values[1];
        return entity;
    }

    @Override
    public Record toRecord(Book entity) {
        return record(
                    entity.id,
                    entity.authorId);
    }
}

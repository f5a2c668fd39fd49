package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.Relation;
import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link Author}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class AuthorDao extends AbstractDao<Author, Long> {
    /**
     * Loads {@code books}: the {@link Book}s whose foreign key references it, one statement per level for any number of entities.
     */
    public static final Relation<Author, Book> BOOKS = Relation.<Author, Book>toMany("Author.books", BookDao::new,
        BookTable.BOOK.AUTHOR_ID, parent -> parent.id,
        child -> child.authorId,
        (parent, value) -> {
            parent.books = value;
            return parent;
        });

    public AuthorDao(Database database) {
        super(database, AuthorTable.AUTHOR);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Author entity, int first)
            throws SQLException {
        types.setString(ps, first, entity.name, 255);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Author entity) throws
            SQLException {
        types.setString(ps, 1, entity.name, 255);
        types.setLong(ps, 2, entity.id);
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        types.setLong(ps, index, id);
    }

    @Override
    protected Author map(ResultSet rs, JdbcTypes types) throws SQLException {
        Author entity = new Author();
        entity.id = types.getLong(rs, 1);
        entity.name = types.getString(rs, 2);
        return entity;
    }

    @Override
    protected Long idOf(Author entity) {
        return entity.id;
    }

    @Override
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected Author withId(Author entity, Long id) {
        entity.id = id;
        return entity;
    }

    @Override
    public Author fromRecord(Record record) {
        Object[] values = values(record);
        Author entity = new Author();
        entity.id = (Long) values[0];
        entity.name = (String) values[1];
        return entity;
    }

    @Override
    public Record toRecord(Author entity) {
        return record(
                    entity.id,
                    entity.name);
    }
}

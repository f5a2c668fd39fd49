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
 * Typed data access for {@link Tag}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class TagDao extends AbstractDao<Tag, Long> {
    /**
     * Loads {@code books}: the {@link Book}s linked to it through its join model, one statement per level for any number of entities.
     */
    public static final Relation<Tag, Book> BOOKS = Relation.<Tag, Book>through("Tag.books", BookDao::new,
        BookTagTable.BOOK_TAG.TAG_ID, BookTagTable.BOOK_TAG.BOOK_ID, BookTable.BOOK.ID,
        parent -> parent.id(),
        (parent, value) -> new Tag(parent.id(), parent.name(), value));

    public TagDao(Database database) {
        super(database, TagTable.TAG);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Tag entity, int first) throws
            SQLException {
        types.setString(ps, first, entity.name(), 255);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Tag entity) throws
            SQLException {
        types.setString(ps, 1, entity.name(), 255);
        types.setLong(ps, 2, entity.id());
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        types.setLong(ps, index, id);
    }

    @Override
    protected Tag map(ResultSet rs, JdbcTypes types) throws SQLException {
        return new Tag(
                    types.getLong(rs, 1),
                    types.getString(rs, 2),
                    null);
    }

    @Override
    protected Long idOf(Tag entity) {
        return entity.id();
    }

    @Override
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected Tag withId(Tag entity, Long id) {
        return new Tag(
                    id,
                    entity.name(),
                    entity.books());
    }

    @Override
    public Tag fromRecord(Record record) {
        Object[] values = values(record);
        return new Tag(
                    (Long) values[0],
                    (String) values[1],
                    null);
    }

    @Override
    public Record toRecord(Tag entity) {
        return record(
                    entity.id(),
                    entity.name());
    }
}

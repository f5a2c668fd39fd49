package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.generated.CompositeKey;
import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link BookTag}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class BookTagDao extends AbstractDao<BookTag, BookTagDao.Key> {
    public BookTagDao(Database database) {
        super(database, BookTagTable.BOOK_TAG);
    }

    /**
     * Every {@link BookTag} whose {@code book_id} references this {@link Book}, in no particular order (a null value matches nothing).
     */
    public List<BookTag> findAllByBookId(long bookId) {
        return where(BookTagTable.BOOK_TAG.BOOK_ID.eq(bookId)).list();
    }

    /**
     * Every {@link BookTag} whose {@code tag_id} references this {@link Tag}, in no particular order (a null value matches nothing).
     */
    public List<BookTag> findAllByTagId(long tagId) {
        return where(BookTagTable.BOOK_TAG.TAG_ID.eq(tagId)).list();
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, BookTag entity, int first)
            throws SQLException {
        ps.setLong(first, entity.bookId());
        ps.setLong(first + 1, entity.tagId());
        ps.setInt(first + 2, entity.position());
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, BookTag entity) throws
            SQLException {
        ps.setInt(1, entity.position());
        ps.setLong(2, entity.bookId());
        ps.setLong(3, entity.tagId());
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Key id) throws
            SQLException {
        ps.setLong(index, id.bookId());
        ps.setLong(index + 1, id.tagId());
    }

    @Override
    protected BookTag map(ResultSet rs, JdbcTypes types) throws SQLException {
        return new BookTag(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3));
    }

    @Override
    protected Key idOf(BookTag entity) {
        return new Key(entity.bookId(), entity.tagId());
    }

    /**
     * The {@link BookTag} with this key, if there is one.
     */
    public Optional<BookTag> findById(long bookId, long tagId) {
        return findById(new Key(bookId, tagId));
    }

    /**
     * The {@link BookTag} with this key.
     *
     * @throws dev.tablesmith.NotFoundException naming the model and the key when there is none
     */
    public BookTag getById(long bookId, long tagId) {
        return getById(new Key(bookId, tagId));
    }

    /**
     * Whether a {@link BookTag} with this key exists.
     */
    public boolean existsById(long bookId, long tagId) {
        return existsById(new Key(bookId, tagId));
    }

    /**
     * Deletes the {@link BookTag} with this key; returns whether there was one.
     */
    public boolean deleteById(long bookId, long tagId) {
        return deleteById(new Key(bookId, tagId));
    }

    @Override
    public BookTag fromRecord(Record record) {
        Object[] values = values(record);
        return new BookTag(
                    (long) values[0],
                    (long) values[1],
                    (int) values[2]);
    }

    @Override
    public Record toRecord(BookTag entity) {
        return record(
                    entity.bookId(),
                    entity.tagId(),
                    entity.position());
    }

    /**
     * The composite primary key of {@link BookTag}: its {@code @Id} values in declaration order.
     */
    public static record Key(long bookId, long tagId) implements CompositeKey {
        @Override
        public List<Object> values() {
            return Arrays.asList(bookId, tagId);
        }
    }
}

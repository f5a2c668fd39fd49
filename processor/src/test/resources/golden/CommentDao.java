package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.spi.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link Comment}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class CommentDao extends AbstractDao<Comment, Long> {
    public CommentDao(Database database) {
        super(database, CommentTable.COMMENT);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Comment entity) throws
            SQLException {
        types.setLong(ps, 1, entity.postId);
        ps.setInt(2, entity.position);
        types.setString(ps, 3, entity.author);
        ps.setLong(4, entity.version);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Comment entity) throws
            SQLException {
        types.setLong(ps, 1, entity.postId);
        ps.setInt(2, entity.position);
        types.setString(ps, 3, entity.author);
        ps.setLong(4, entity.version + 1);
        ps.setLong(5, entity.id);
        ps.setLong(6, entity.version);
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        ps.setLong(index, id);
    }

    @Override
    protected Comment map(ResultSet rs, JdbcTypes types) throws SQLException {
        Comment entity = new Comment();
        entity.id = rs.getLong(1);
        entity.postId = types.getLong(rs, 2);
        entity.position = rs.getInt(3);
        entity.author = types.getString(rs, 4);
        entity.version = rs.getLong(5);
        return entity;
    }

    @Override
    protected Long idOf(Comment entity) {
        return entity.id;
    }

    @Override
    protected Comment withGeneratedId(Comment entity, ResultSet keys, JdbcTypes types) throws
            SQLException {
        entity.id = keys.getLong(1);
        return entity;
    }

    @Override
    protected Comment withNextVersion(Comment entity) {
        entity.version = entity.version + 1L;
        return entity;
    }

    @Override
    public Comment fromRecord(Record record) {
        Comment entity = new Comment();
        entity.id = record.get(CommentTable.COMMENT.ID);
        entity.postId = record.get(CommentTable.COMMENT.POST_ID);
        entity.position = record.get(CommentTable.COMMENT.POSITION);
        entity.author = record.get(CommentTable.COMMENT.AUTHOR);
        entity.version = record.get(CommentTable.COMMENT.VERSION);
        return entity;
    }

    @Override
    public Record toRecord(Comment entity) {
        Record record = CommentTable.COMMENT.newRecord();
        record.set(CommentTable.COMMENT.ID, entity.id);
        record.set(CommentTable.COMMENT.POST_ID, entity.postId);
        record.set(CommentTable.COMMENT.POSITION, entity.position);
        record.set(CommentTable.COMMENT.AUTHOR, entity.author);
        record.set(CommentTable.COMMENT.VERSION, entity.version);
        return record;
    }
}

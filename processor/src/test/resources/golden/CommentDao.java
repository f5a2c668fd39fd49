package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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

    /**
     * The {@link Comment} whose {@code post_id} and {@code position} match, if any (a null value matches nothing).
     */
    public Optional<Comment> findByPostIdAndPosition(Long postId, int position) {
        return findOneBy(List.of(CommentTable.COMMENT.POST_ID, CommentTable.COMMENT.POSITION), (ps, types) -> {
                    types.setLong(ps, 1, postId);
                    ps.setInt(2, position);
                }, postId, position);
    }

    /**
     * Every {@link Comment} whose {@code post_id} references this {@link Post}, in no particular order (a null value matches nothing).
     */
    public List<Comment> findAllByPostId(Long postId) {
        if (postId == null) {
            return List.of();
        }
        return where(CommentTable.COMMENT.POST_ID.eq(postId)).list();
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Comment entity, int first)
            throws SQLException {
        types.setLong(ps, first, entity.postId);
        ps.setInt(first + 1, entity.position);
        types.setString(ps, first + 2, entity.author, 80);
        ps.setLong(first + 3, entity.version);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Comment entity) throws
            SQLException {
        types.setLong(ps, 1, entity.postId);
        ps.setInt(2, entity.position);
        types.setString(ps, 3, entity.author, 80);
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
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected Comment withId(Comment entity, Long id) {
        entity.id = id;
        return entity;
    }

    @Override
    protected Comment withNextVersion(Comment entity) {
        entity.version = entity.version + 1L;
        return entity;
    }

    @Override
    public Comment fromRecord(Record record) {
        Object[] values = values(record);
        Comment entity = new Comment();
        entity.id = (long) values[0];
        entity.postId = (Long) values[1];
        entity.position = (int) values[2];
        entity.author = (String) values[3];
        entity.version = (long) values[4];
        return entity;
    }

    @Override
    public Record toRecord(Comment entity) {
        return record(
                    entity.id,
                    entity.postId,
                    entity.position,
                    entity.author,
                    entity.version);
    }
}

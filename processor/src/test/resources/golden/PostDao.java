package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.StoredPrecision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link Post}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class PostDao extends AbstractDao<Post, Long> {
    public PostDao(Database database) {
        super(database, PostTable.POST);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Post entity, int first) throws
            SQLException {
        types.setString(ps, first, entity.title(), 255);
        types.setInstant(ps, first + 1, entity.posted());
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Post entity) throws
            SQLException {
        types.setString(ps, 1, entity.title(), 255);
        types.setInstant(ps, 2, entity.posted());
        types.setLong(ps, 3, entity.id());
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        types.setLong(ps, index, id);
    }

    @Override
    protected Post map(ResultSet rs, JdbcTypes types) throws SQLException {
        return new Post(
                    types.getLong(rs, 1),
                    types.getString(rs, 2),
                    types.getInstant(rs, 3));
    }

    @Override
    protected Long idOf(Post entity) {
        return entity.id();
    }

    @Override
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected Post withId(Post entity, Long id) {
        return new Post(
                    id,
                    entity.title(),
                    entity.posted());
    }

    @Override
    protected Post asStored(Post entity) {
        return new Post(
                    entity.id(),
                    entity.title(),
                    StoredPrecision.micros(entity.posted()));
    }

    @Override
    public Post fromRecord(Record record) {
        Object[] values = values(record);
        return new Post(
                    (Long) values[0],
                    (String) values[1],
                    (Instant) values[2]);
    }

    @Override
    public Record toRecord(Post entity) {
        return record(
                    entity.id(),
                    entity.title(),
                    entity.posted());
    }
}

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
 * Typed data access for {@link User}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class UserDao extends AbstractDao<User, Long> {
    public UserDao(Database database) {
        super(database, UserTable.USER);
    }

    /**
     * The {@link User} whose {@code username} matches, if any (a null value matches nothing).
     */
    public Optional<User> findByUsername(String username) {
        return findOneBy(List.of(UserTable.USER.USERNAME), (ps, types) -> types.setString(ps, 1, username, 255), username);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, User entity, int first) throws
            SQLException {
        types.setString(ps, first, entity.username, 255);
        types.setString(ps, first + 1, entity.email, 255);
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, User entity) throws
            SQLException {
        types.setString(ps, 1, entity.username, 255);
        types.setString(ps, 2, entity.email, 255);
        types.setLong(ps, 3, entity.id);
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, Long id) throws
            SQLException {
        types.setLong(ps, index, id);
    }

    @Override
    protected User map(ResultSet rs, JdbcTypes types) throws SQLException {
        User entity = new User();
        entity.id = types.getLong(rs, 1);
        entity.username = types.getString(rs, 2);
        entity.email = types.getString(rs, 3);
        return entity;
    }

    @Override
    protected Long idOf(User entity) {
        return entity.id;
    }

    @Override
    protected Long generatedId(ResultSet keys) throws SQLException {
        return keys.getLong(1);
    }

    @Override
    protected User withId(User entity, Long id) {
        entity.id = id;
        return entity;
    }

    @Override
    public User fromRecord(Record record) {
        Object[] values = values(record);
        User entity = new User();
        entity.id = (Long) values[0];
        entity.username = (String) values[1];
        entity.email = (String) values[2];
        return entity;
    }

    @Override
    public Record toRecord(User entity) {
        return record(
                    entity.id,
                    entity.username,
                    entity.email);
    }
}

package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a {@link ModelQuery} needs of the DAO that made it: the table, the session of the current context, the
 * table's bind, the generated row mapper, and the DAO's translation of driver failures. A narrow view, so that the
 * query does not depend on the DAO class that creates it.
 *
 * @param <T> the model type
 */
interface QueryTarget<T> {
    ModelTable<T> table();

    /** The database the DAO works in. */
    Database database();

    /** The session of the current context. */
    Session session();

    /** The bind the table lives in. */
    Bind bind();

    /** Maps the current row, whose columns are the table's fields in order, to an entity. */
    T map(ResultSet rs, JdbcTypes types) throws SQLException;

    /** The entity's column values as a record of the table, from which a cursor page takes its cursors. */
    org.jooq.Record toRecord(T entity);

    /** Notes a failed statement in the session and translates it into Tablesmith's exception for it. */
    RuntimeException translate(Session session, String action, SQLException e);
}

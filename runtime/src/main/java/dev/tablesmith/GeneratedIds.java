package dev.tablesmith;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the ids the database generated for inserted rows and hands back the entities that carry them. Each driver
 * answers differently (SQLite's returns no keys for a batch), and a wrong count is an error rather than entities
 * given ids that are not their rows'.
 */
final class GeneratedIds {
    private GeneratedIds() {
    }

    /** The entity of a one-row insert with the id the database generated for it. */
    static <T, ID> T single(AbstractDao<T, ID> dao, PreparedStatement ps, T entity) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new TablesmithException("The database returned no generated id for the new "
                        + dao.table().modelType().getSimpleName() + " (table \"" + dao.table().getName() + "\")");
            }
            return dao.withId(entity, dao.generatedId(keys));
        }
    }

    /** The entities of a batch insert, in order, each with the id generated for its row. */
    static <T, ID> List<T> ofBatch(AbstractDao<T, ID> dao, Session session, DaoStatements sql, PreparedStatement ps,
            Collection<? extends T> entities) throws SQLException {
        ModelTable<T> table = dao.table();
        List<ID> ids = new ArrayList<>(entities.size());
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(dao.generatedId(keys));
            }
        }
        if (ids.isEmpty() && sql.dialect == org.jooq.SQLDialect.SQLITE) {
            // The SQLite driver returns no keys for a batch; the connection still knows the last rowid.
            try (ResultSet last = session.prepare(table.bind(), "select last_insert_rowid()", null).executeQuery()) {
                last.next();
                ids.add(dao.generatedId(last));
            }
        }
        if (ids.size() == 1 && entities.size() > 1) {
            ids = consecutiveEndingAt(ids.get(0), entities.size());
        }
        if (ids.size() != entities.size()) {
            throw new TablesmithException("The database returned " + ids.size() + " generated ids for a batch of "
                    + entities.size() + " new " + table.modelType().getSimpleName() + " rows (table \""
                    + table.getName() + "\")");
        }
        List<T> stored = new ArrayList<>(entities.size());
        int i = 0;
        for (T entity : entities) {
            stored.add(dao.withId(entity, ids.get(i++)));
        }
        return stored;
    }

    /**
     * The {@code count} consecutive ids ending at {@code last}: SQLite reports only a batch's last rowid, and the
     * transaction holds its write lock, so the batch's rowids are consecutive.
     */
    @SuppressWarnings("unchecked")
    private static <ID> List<ID> consecutiveEndingAt(ID last, int count) {
        List<ID> ids = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            Object id = last instanceof Integer n ? Integer.valueOf(n - i)
                    : Long.valueOf(((Number) last).longValue() - i);
            ids.add((ID) id);
        }
        return ids;
    }
}

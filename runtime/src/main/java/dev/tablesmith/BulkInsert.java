package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;

/**
 * {@link AbstractDao#insertAll} on PostgreSQL: one {@code COPY} where it stores exactly what inserts would (see
 * {@link CopyInsert}), else multi-row {@code INSERT … VALUES (…), (…)} statements instead of a JDBC batch of one-row
 * inserts.
 *
 * <p>Why: pgjdbc executes a batch that asks for generated keys as one statement per row (its batch rewriting,
 * {@code reWriteBatchedInserts}, does not apply when keys are returned), so the server parses, plans and answers
 * every row on its own. One statement per {@value #MAX_ROWS_PER_STATEMENT} rows does the same work in a few round
 * trips.
 *
 * <p>Generated ids are drawn first, in one query, from the id column's own sequence, and written with the rows,
 * so every entity gets exactly the id of its row. The ids are not read back through {@code RETURNING}: PostgreSQL
 * does not promise that a multi-row insert returns its rows in the order of its {@code VALUES}, and matching ids
 * to entities by position would then store nothing wrong but hand the caller the wrong ids. The semantics are
 * those of the batch: all rows go into the context's transaction, a failure is the same exception, and the
 * entities come back in order with their ids.
 */
final class BulkInsert {
    /** Below this many rows the batch is as fast, and needs no query for ids. */
    static final int MIN_ROWS = 8;
    /**
     * Rows per statement. When this was chosen, statements of 250 to 2,000 rows loaded 10,000 rows in the same time
     * on the local PostgreSQL, and 5,000-row statements were slower.
     */
    static final int MAX_ROWS_PER_STATEMENT = 1000;
    private BulkInsert() {
    }

    /** Whether {@code rows} new rows go through a multi-row insert here rather than a batch. */
    static boolean applies(DaoStatements sql, int rows) {
        return sql.bulkInsert != null && rows >= MIN_ROWS;
    }

    /**
     * Inserts {@code entities} (already {@linkplain AbstractDao#asStored as stored}) and returns them as stored,
     * with their ids; {@code null}, having sent nothing, when the table has insert triggers, which the caller's batch
     * then writes one row at a time.
     *
     * @throws RefusedValueException with the parameter index a one-row insert would have had, so the caller names
     *                               the right column
     */
    static <T, ID> List<T> run(AbstractDao<T, ID> dao, Session session, JdbcTypes types, DaoStatements sql,
            List<T> entities) throws SQLException {
        BulkInsertSql bulk = sql.bulkInsert;
        if (triggered(session, dao.table(), bulk)) {
            return null;
        }
        List<T> copied = CopyInsert.run(dao, session, types, bulk, entities);
        if (copied != null) {
            return copied;
        }
        ModelTable<?> table = dao.table();
        List<ID> ids = bulk.allocateIds() == null ? null : allocateIds(dao, session, bulk, entities.size());
        int perStatement = bulk.rowsPerStatement();
        List<T> stored = new ArrayList<>(entities.size());
        for (int from = 0; from < entities.size(); from += perStatement) {
            int rows = Math.min(perStatement, entities.size() - from);
            String statement = rows == perStatement ? bulk.full() : bulk.rows(rows);
            long started = session.startTimer();
            if (rows == perStatement) {
                PreparedStatement ps = session.prepare(table.bind(), statement, null);
                insertRows(dao, ps, types, bulk, entities, ids, from, rows, stored);
            } else {
                try (PreparedStatement ps = session.connectionFor(table.bind()).prepareStatement(statement)) {
                    insertRows(dao, ps, types, bulk, entities, ids, from, rows, stored);
                }
            }
            if (session.observes()) {
                session.record(statement, parameters(dao, stored.subList(from, from + rows), ids == null ? IdAt.NONE : IdAt.FIRST), started);
            }
        }
        return stored;
    }

    /**
     * Whether the table has triggers that fire on insert, asked once per table and database. A trigger may set
     * another id than the one drawn beforehand, or skip a row, so the ids handed back would not be the rows': such a
     * table is written by the batch, whose ids come back from the rows themselves ({@code RETURNING}).
     */
    static boolean triggered(Session session, ModelTable<?> table, BulkInsertSql bulk) throws SQLException {
        Boolean known = bulk.triggered();
        if (known == null) {
            // tgtype bit 2 is INSERT (pg_trigger.h, TRIGGER_TYPE_INSERT); internal triggers enforce foreign keys.
            known = askAboutTable(session, table, session.connectionFor(table.bind()),
                    "select exists (select 1 from pg_trigger t where t.tgrelid = ?::regclass"
                            + " and not t.tgisinternal and (t.tgtype & 4) <> 0)");
            bulk.triggered(known);
        }
        return known;
    }

    /**
     * Asks PostgreSQL's catalog a yes-or-no question about the table, {@code sql} taking its quoted name as a
     * {@code regclass}; recorded like any statement. The callers keep the answer, per table and database.
     */
    static boolean askAboutTable(Session session, ModelTable<?> table, Connection connection, String sql)
            throws SQLException {
        String name = '"' + table.getName().replace("\"", "\"\"") + '"';
        long started = session.startTimer();
        boolean answer;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                answer = rs.next() && rs.getBoolean(1);
            }
        }
        if (session.observes()) {
            session.record(sql, new ArrayList<>(List.of(name)), started);
        }
        return answer;
    }

    /** Draws {@code count} ids from the id column's sequence in one query; also for {@link CopyInsert}. */
    static <T, ID> List<ID> allocateIds(AbstractDao<T, ID> dao, Session session, BulkInsertSql bulk,
            int count) throws SQLException {
        ModelTable<?> table = dao.table();
        PreparedStatement ps = session.prepare(table.bind(), bulk.allocateIds(), null);
        // pg_get_serial_sequence parses its first argument as an identifier (so it is quoted) and takes the second
        // literally.
        ps.setString(1, '"' + table.getName().replace("\"", "\"\"") + '"');
        ps.setString(2, table.idField().getName());
        ps.setInt(3, count);
        long started = session.startTimer();
        List<ID> ids = new ArrayList<>(count);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(dao.generatedId(rs));
            }
        }
        if (session.observes()) {
            session.record(bulk.allocateIds(), new ArrayList<>(List.of(table.getName(), table.idField().getName(),
                    count)), started);
        }
        if (ids.size() != count || ids.contains(null)) {
            throw new TablesmithException("Could not draw " + count + " ids for new " + table.modelType().getSimpleName()
                    + " rows from the sequence of column \"" + table.idField().getName() + "\" of table \""
                    + table.getName() + "\" (got " + ids.size() + "); is the column an identity or serial column?");
        }
        return ids;
    }

    private static <T, ID> void insertRows(AbstractDao<T, ID> dao, PreparedStatement ps, JdbcTypes types,
            BulkInsertSql bulk, List<T> entities, List<ID> ids, int from, int rows, List<T> stored)
            throws SQLException {
        int width = bulk.rowWidth();
        int idParameters = ids == null ? 0 : 1; // the drawn id goes before the insert columns
        for (int i = 0; i < rows; i++) {
            T entity = entities.get(from + i);
            int first = i * width + 1;
            if (ids != null) {
                dao.bindId(ps, types, first, ids.get(from + i));
            }
            try {
                dao.bindInsert(ps, types, entity, first + idParameters);
            } catch (RefusedValueException e) {
                throw e.atIndex(e.index() - first - idParameters + 1);
            }
        }
        ps.executeUpdate();
        for (int i = 0; i < rows; i++) {
            T entity = entities.get(from + i);
            stored.add(ids == null ? entity : dao.withId(entity, ids.get(from + i)));
        }
    }

    /** Where a statement writing new rows puts a drawn id: nowhere (the database generates it), first, or last. */
    enum IdAt { NONE, FIRST, LAST }

    /**
     * The parameters of a recorded statement, in its column order: the insert columns, with a drawn id where
     * {@code idAt} says (first in the multi-row inserts, last in {@link CopyInsert}'s COPY). Built only when
     * statements are recorded or logged.
     */
    static <T> List<Object> parameters(AbstractDao<T, ?> dao, List<T> rows, IdAt idAt) {
        List<Object> parameters = new ArrayList<>();
        ModelTable<?> table = dao.table();
        for (T entity : rows) {
            Record values = dao.toRecord(entity);
            if (idAt == IdAt.FIRST) {
                parameters.add(values.get(table.idField()));
            }
            for (Field<?> field : table.insertFields()) {
                parameters.add(values.get(field));
            }
            if (idAt == IdAt.LAST) {
                parameters.add(values.get(table.idField()));
            }
        }
        return parameters;
    }
}

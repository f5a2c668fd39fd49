package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * The logic of every generated DAO. A generated {@code XDao} only supplies what needs the model's shape — binding
 * an entity's values, mapping a row back, reading the id — and this class runs the operations: in the session of
 * the current context, with the SQL jOOQ rendered once for the bind's dialect, on prepared statements the session
 * reuses. DAOs are stateless and may be shared between threads.
 *
 * @param <T>  the model type
 * @param <ID> the id type
 */
public abstract class AbstractDao<T, ID> {
    private final Database database;
    private final ModelTable<T> table;
    /** The table's columns in declaration order: the order of the generated code's value arrays. */
    private final Field<?>[] columns;
    /** Runs the operations in the current context's session and turns their failures into Tablesmith's. */
    private final DaoCalls calls;
    /** This DAO as its queries see it. */
    private final QueryTarget<T> queryTarget = new QueryTarget<>() {
        @Override
        public ModelTable<T> table() {
            return table;
        }

        @Override
        public Database database() {
            return database;
        }

        @Override
        public Session session() {
            return database.session();
        }

        @Override
        public Bind bind() {
            return calls.target().bind();
        }

        @Override
        public T map(ResultSet rs, JdbcTypes types) throws SQLException {
            return AbstractDao.this.map(rs, types);
        }

        @Override
        public Record toRecord(T entity) {
            return AbstractDao.this.toRecord(entity);
        }

        @Override
        public RuntimeException translate(Session session, String action, SQLException e) {
            return calls.translate(session, action, e);
        }
    };

    protected AbstractDao(Database database, ModelTable<T> table) {
        this.database = java.util.Objects.requireNonNull(database, "database");
        this.table = table;
        this.columns = table.fields();
        this.calls = new DaoCalls(database, table);
    }

    /** This DAO as queries and relation loading see it. */
    final QueryTarget<T> queryTarget() {
        return queryTarget;
    }

    /** The model's table, for jOOQ queries. */
    public final ModelTable<T> table() {
        return table;
    }

    /** The database this DAO works in. */
    public final Database database() {
        return database;
    }

    // ---- What the generated subclass supplies ----

    /**
     * Binds the values of {@link ModelTable#insertFields()} from parameter {@code first} on (1 for an insert; 2 for
     * an upsert of a model with a generated id, whose id goes first).
     */
    protected abstract void bindInsert(PreparedStatement ps, JdbcTypes types, T entity, int first)
            throws SQLException;

    /**
     * Binds the values of {@link ModelTable#updateFields()} from parameter 1 on (the version column, if any, as the
     * entity's version plus one), then the id, then — with a version column — the entity's current version.
     */
    protected abstract void bindUpdate(PreparedStatement ps, JdbcTypes types, T entity) throws SQLException;

    /** Binds an id value at {@code index}. */
    protected abstract void bindId(PreparedStatement ps, JdbcTypes types, int index, ID id) throws SQLException;

    /** Maps the current row, whose columns are the table's fields in order, to an entity. */
    protected abstract T map(ResultSet rs, JdbcTypes types) throws SQLException;

    /** The entity's id. */
    protected abstract ID idOf(T entity);

    /** The generated id in column 1 of {@code keys}; only models with a generated id override it. */
    protected ID generatedId(ResultSet keys) throws SQLException {
        throw new UnsupportedOperationException(table.modelType().getSimpleName() + " has no generated id");
    }

    /** The entity with {@code id}; mutable models are updated in place, immutable ones copied. */
    protected T withId(T entity, ID id) {
        return entity;
    }

    /**
     * Whether a column with a SQL default is null in {@code entity}, so that the stored row holds a value the
     * entity does not; only models with defaults override it.
     */
    protected boolean hasUnsetDefaults(T entity) {
        return false;
    }

    /**
     * The entity with the values the database will keep: only models with {@code Instant} or {@code LocalDateTime}
     * columns override it, cutting those to microseconds; mutable models in place, immutable ones copied. The writes
     * bind what it returns, so what they return equals what a read returns.
     */
    protected T asStored(T entity) {
        return entity;
    }

    /** The entity with its version incremented; only models with a {@link Version} column override it. */
    protected T withNextVersion(T entity) {
        return entity;
    }

    /** Maps a jOOQ record of this table (e.g. from {@code session.dsl().selectFrom(TABLE)}) to an entity. */
    public abstract T fromRecord(Record record);

    /** The entity's column values as a jOOQ record of this table. */
    public abstract Record toRecord(T entity);

    /**
     * The values of {@code record} for this table's columns, in column order, for a generated {@link #fromRecord}.
     * Reading them here, and casting them there, spares javac one overloaded generic {@code record.get(FIELD)} per
     * column of every generated DAO.
     *
     * @throws IllegalArgumentException when {@code record} lacks one of the table's columns
     */
    protected final Object[] values(Record record) {
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = record.get(columns[i]);
        }
        return values;
    }

    /** A new record of this table holding {@code values} in column order, for a generated {@link #toRecord}. */
    @SuppressWarnings("unchecked")
    protected final Record record(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("Table \"" + table.getName() + "\" has " + columns.length
                    + " columns, not " + values.length);
        }
        Record record = table.newRecord();
        for (int i = 0; i < columns.length; i++) {
            record.set((Field<Object>) columns[i], values[i]);
        }
        return record;
    }

    // ---- Operations ----

    /**
     * Inserts {@code entity} and returns it as stored: with its generated id, and — when a column with a SQL
     * default was null in the entity — with the value the database filled in (read back by id).
     *
     * @throws IllegalArgumentException when the model's id is generated and {@code entity} already has one: the
     *                                  database assigns ids, so a chosen one would be silently replaced; write a
     *                                  row with a chosen id with {@link #upsert}, change a stored one with
     *                                  {@link #update}
     */
    public T insert(T given) {
        checkNoId(java.util.Objects.requireNonNull(given, "entity"));
        T entity = asStored(given);
        T stored = calls.execute("Inserting", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.insert, sql.generatedKeys);
            long started = session.startTimer();
            bindInsert(ps, types, entity, 1);
            ps.executeUpdate();
            T inserted = sql.generatedKeys == null ? entity : GeneratedIds.single(this, ps, entity);
            record(session, sql.insert, entity, table.insertFields(), false, started);
            session.changed(table, inserted, ModelChange.Kind.INSERT);
            return inserted;
        });
        // A null column with a default was written as COALESCE(NULL, default): the row knows a value we do not.
        return hasUnsetDefaults(entity) ? findById(idOf(stored)).orElse(stored) : stored;
    }

    /**
     * Inserts every entity in one JDBC batch and returns them as stored, in order, with their generated ids. H2,
     * PostgreSQL and MariaDB return one key per row. SQLite's driver returns none for a batch, so the ids are
     * derived from the connection's {@code last_insert_rowid()}: the transaction holds SQLite's write lock, so the
     * batch's rowids are consecutive. On PostgreSQL, from {@value BulkInsert#MIN_ROWS} rows on, the rows go in one
     * {@code COPY} instead (or, where COPY cannot say what an insert would store, in multi-row inserts), with ids
     * drawn from the id column's sequence beforehand (see {@link BulkInsert} and {@link CopyInsert}).
     * Columns with SQL defaults are stored with their defaults but not read back (unlike {@link #insert}).
     */
    public List<T> insertAll(Collection<? extends T> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        List<T> entities = new ArrayList<>(given.size());
        for (T entity : given) {
            checkNoId(java.util.Objects.requireNonNull(entity, "entity"));
            entities.add(asStored(entity));
        }
        return calls.execute("Batch-inserting", (session, types, sql) -> {
            Connection connection = session.connectionFor(table.bind());
            Savepoint whole = entities.size() > 1 ? connection.setSavepoint() : null;
            List<T> stored;
            try {
                stored = BulkInsert.applies(sql, entities.size())
                        ? BulkInsert.run(this, session, types, sql, entities) : null;
                if (stored == null) {
                    stored = batchInsert(session, types, sql, entities);
                }
            } catch (SQLException e) {
                // A statement PostgreSQL refused aborted its transaction, and the session says so at its end; a value
                // refused here, before it was sent, did not.
                if (whole != null && (sql.dialect.family() != org.jooq.SQLDialect.POSTGRES
                        || e instanceof RefusedValueException)) {
                    undo(connection, whole, e);
                }
                throw e;
            } catch (RuntimeException | Error e) {
                if (whole != null) {
                    undo(connection, whole, e);
                }
                throw e;
            }
            if (whole != null) {
                connection.releaseSavepoint(whole);
            }
            return changed(session, stored);
        });
    }

    /**
     * Rolls back to the savepoint {@code insertAll} set, so that it keeps all its rows or none even when the caller
     * catches {@code failure} and the context commits: H2 and MariaDB run the rest of a batch after a failed row,
     * SQLite keeps the rows before it, and a refused value or a count that does not match can come after some rows
     * were sent, on any database.
     */
    private static void undo(Connection connection, Savepoint whole, Throwable failure) {
        try {
            connection.rollback(whole);
        } catch (SQLException undo) {
            failure.addSuppressed(undo);
        }
    }

    /** One JDBC batch of one-row inserts, with the ids read back from the rows. */
    private List<T> batchInsert(Session session, JdbcTypes types, DaoStatements sql, List<T> entities)
            throws SQLException {
        PreparedStatement ps = session.prepare(table.bind(), sql.insert, sql.generatedKeys);
        long started = session.startTimer();
        try {
            for (T entity : entities) {
                bindInsert(ps, types, entity, 1);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException | RuntimeException | Error e) {
            // The session reuses the statement: whatever stopped this batch (a refused value, a converter or
            // getter that threw, the database), its next batch must not carry these rows.
            try {
                ps.clearBatch();
            } catch (SQLException cleared) {
                e.addSuppressed(cleared);
            }
            throw e;
        }
        List<T> stored = sql.generatedKeys == null ? new ArrayList<>(entities)
                : GeneratedIds.ofBatch(this, session, sql, ps, entities);
        record(session, sql.insert, stored.get(0), table.insertFields(), false, started);
        return stored;
    }

    /** Tells the session about {@code inserted} rows, for commit listeners; returns them. */
    private List<T> changed(Session session, List<T> inserted) {
        for (T entity : inserted) {
            session.changed(table, entity, ModelChange.Kind.INSERT);
        }
        return inserted;
    }

    /**
     * Writes every column of {@code entity} to its row. With a {@link Version} column the update only succeeds if
     * the row still has the entity's version, and the returned entity carries the next one.
     *
     * @throws OptimisticLockException when the versioned row was changed or deleted meanwhile
     * @throws NotFoundException       when there is no row with the entity's id
     * @throws UnsupportedOperationException when every column is part of a composite key (nothing to update)
     */
    public T update(T given) {
        T entity = asStored(java.util.Objects.requireNonNull(given, "entity"));
        return calls.execute("Updating", (session, types, sql) -> {
            if (sql.update == null) {
                throw new UnsupportedOperationException("Cannot update " + describe(idOf(entity)) + ": every column of "
                        + table.modelType().getSimpleName() + " is part of its primary key, so a row has nothing to "
                        + "change; delete it and insert the new one");
            }
            PreparedStatement ps = session.prepare(table.bind(), sql.update, null);
            long started = session.startTimer();
            bindUpdate(ps, types, entity);
            int rows = ps.executeUpdate();
            record(session, sql.update, entity, table.updateFields(), true, started);
            if (rows == 0) {
                throw table.versionField() != null
                        ? new OptimisticLockException(describe(idOf(entity)) + " was changed or deleted by another "
                                + "transaction since it was read (stale version); reload it and try again")
                        : new NotFoundException("Cannot update " + describe(idOf(entity)) + ": no such row");
            }
            T updated = withNextVersion(entity);
            session.changed(table, updated, ModelChange.Kind.UPDATE);
            return updated;
        });
    }

    /**
     * Inserts {@code entity}, or — when a row with its id exists — overwrites that row's columns, in one statement
     * ({@code INSERT … ON CONFLICT DO UPDATE} on PostgreSQL and SQLite, {@code ON DUPLICATE KEY UPDATE} on
     * MariaDB/MySQL, {@code MERGE} on H2), rendered by jOOQ once per dialect. An entity whose generated id is
     * still unset (null, or 0 for a primitive id) is simply inserted. An explicit id does not advance the
     * database's id sequence, so mixing upserted explicit ids with generated ones can collide later.
     *
     * @throws UnsupportedOperationException for a {@link Version}ed model (an upsert cannot check the version) or
     *                                       on a database without an upsert statement
     */
    public T upsert(T given) {
        T entity = asStored(java.util.Objects.requireNonNull(given, "entity"));
        if (table.versionField() != null) {
            throw new UnsupportedOperationException("upsert would bypass the optimistic lock of "
                    + table.modelType().getSimpleName() + "'s @Version column; use insert or update instead");
        }
        ID id = idOf(entity);
        if (hasNoId(id)) {
            return insert(entity);
        }
        return calls.execute("Upserting", (session, types, sql) -> {
            if (sql.upsertInsert != null) {
                return updateThenInsert(session, types, sql, entity, id);
            }
            if (sql.upsert == null) {
                throw new UnsupportedOperationException("upsert is not supported on " + sql.dialect
                        + "; use insert or update instead");
            }
            return insertWithId(session, types, sql, sql.upsert, entity, id);
        });
    }

    /**
     * Runs {@code statement}, an insert of {@link DaoStatements#upsertFields}: a generated id first, bound here, then
     * the insert columns. Reports the change as an upsert's on every database.
     */
    private T insertWithId(Session session, JdbcTypes types, DaoStatements sql, String statement, T entity, ID id)
            throws SQLException {
        PreparedStatement ps = session.prepare(table.bind(), statement, null);
        long started = session.startTimer();
        int first = 1;
        if (table.generatedId()) {
            bindId(ps, types, 1, id);
            first = 2;
        }
        bindInsert(ps, types, entity, first);
        ps.executeUpdate();
        record(session, statement, entity, sql.upsertFields, false, started);
        session.changed(table, entity, ModelChange.Kind.UPDATE);
        return entity;
    }

    /**
     * The upsert on MariaDB and MySQL, whose one-statement upsert would overwrite whichever row has one of the
     * entity's unique values: an update of the row with the entity's id, then, when there is none, an insert with that
     * id, which fails like any insert when another row has one of its unique values. The update counts the rows it
     * found, not only those it changed (the driver's default), so an unchanged row is not inserted again.
     */
    private T updateThenInsert(Session session, JdbcTypes types, DaoStatements sql, T entity, ID id)
            throws SQLException {
        PreparedStatement update = session.prepare(table.bind(), sql.update, null);
        long started = session.startTimer();
        bindUpdate(update, types, entity);
        if (update.executeUpdate() > 0) {
            record(session, sql.update, entity, table.updateFields(), true, started);
            session.changed(table, entity, ModelChange.Kind.UPDATE);
            return entity;
        }
        return insertWithId(session, types, sql, sql.upsertInsert, entity, id);
    }

    /**
     * Deletes every row matching all {@code conditions} (every row when there are none) and returns how many
     * rows were deleted. The SQL is rendered per call, as for any jOOQ query.
     */
    public int deleteAll(Condition... conditions) {
        return calls.jooq("Deleting", session -> session.dsl(table.bind()).deleteFrom(table).where(conditions).execute());
    }

    /** Deletes the row of {@code entity}; returns whether there was one. */
    public boolean delete(T entity) {
        return delete(idOf(entity), entity);
    }

    /** Deletes the row with {@code id}; returns whether there was one. */
    public boolean deleteById(ID id) {
        return delete(id, id);
    }

    /** The entity with {@code id}, if there is one. */
    public Optional<T> findById(ID id) {
        return calls.execute("Reading", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.selectById, null);
            long started = session.startTimer();
            bindId(ps, types, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<T> found = rs.next() ? Optional.of(map(rs, types)) : Optional.empty();
                DaoCalls.recordId(session, sql.selectById, id, started);
                return found;
            }
        });
    }

    /**
     * The entity with {@code id} (Flask-SQLAlchemy's {@code get_or_404}).
     *
     * @throws NotFoundException naming the model and the id when there is none
     */
    public T getById(ID id) {
        return findById(id).orElseThrow(() -> new NotFoundException(describe(id) + " does not exist"));
    }

    /** Whether a row with {@code id} exists. */
    public boolean existsById(ID id) {
        return calls.execute("Reading", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.existsById, null);
            long started = session.startTimer();
            bindId(ps, types, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                boolean exists = rs.next();
                DaoCalls.recordId(session, sql.existsById, id, started);
                return exists;
            }
        });
    }

    /** Every entity of the table. */
    public List<T> all() {
        return calls.execute("Reading", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.selectAll, null);
            long started = session.startTimer();
            List<T> entities = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.add(map(rs, types));
                }
            }
            DaoCalls.record(session, sql.selectAll, List.of(), started);
            return entities;
        });
    }

    /** The number of rows in the table. */
    public long count() {
        return calls.execute("Counting", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.count, null);
            long started = session.startTimer();
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                DaoCalls.record(session, sql.count, List.of(), started);
                return count;
            }
        });
    }

    /**
     * Fills {@code relations} (and the relations nested in them with {@link Relation#with}) of entities already in
     * hand, one statement per relation level whatever their number, and returns them in order: the same instances
     * for classes, filled copies for records.
     */
    @SafeVarargs
    public final List<T> load(List<T> entities, Relation<T, ?>... relations) {
        return RelationLoader.load(database, entities, List.of(relations));
    }

    /** Fills {@code relations} of one entity, as {@link #load(List, Relation[])} does. */
    @SafeVarargs
    public final T load(T entity, Relation<T, ?>... relations) {
        return RelationLoader.load(database, List.of(entity), List.of(relations)).get(0);
    }

    /** A query for the entities matching every condition, written against this model's table fields. */
    public ModelQuery<T> where(Condition... conditions) {
        return new ModelQuery<>(queryTarget, List.of(conditions));
    }

    /**
     * Runs a jOOQ query selecting this table's columns (e.g. {@code session.dsl().selectFrom(USER).where(…)}) and
     * maps every row to an entity. The query runs in the session of the current context, on this model's database,
     * whichever context it was built with (or none).
     */
    public List<T> fetch(org.jooq.ResultQuery<? extends Record> query) {
        return calls.jooq("Reading", session -> fetchInSession(session, query));
    }

    private <R extends Record> List<T> fetchInSession(Session session, org.jooq.ResultQuery<R> query) {
        return session.dsl(table.bind()).fetch(query).map(this::fromRecord);
    }

    /**
     * The one entity whose {@code columns} (a unique column or the columns of a unique index) equal the values
     * {@code binder} binds, in order; for the generated {@code findByX} and {@code findByXAndY}. A null value
     * matches nothing, as in SQL.
     */
    protected final Optional<T> findOneBy(List<TableField<Record, ?>> columns, ValueBinder binder,
            Object... values) {
        return calls.execute("Reading", (session, types, sql) -> {
            String select = sql.selectBy(columns);
            PreparedStatement ps = session.prepare(table.bind(), select, null);
            long started = session.startTimer();
            try {
                binder.bind(ps, types);
            } catch (RefusedValueException e) {
                throw InvalidValueException.of(table, "Reading", columns.get(e.index() - 1), e);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Optional<T> found = rs.next() ? Optional.of(map(rs, types)) : Optional.empty();
                DaoCalls.record(session, select, java.util.Arrays.asList(values), started);
                return found;
            }
        });
    }

    /** Binds the value(s) of a generated lookup. */
    @FunctionalInterface
    protected interface ValueBinder {
        void bind(PreparedStatement ps, JdbcTypes types) throws SQLException;
    }

    // ---- Plumbing ----

    /**
     * Whether {@code id} stands for "not stored yet": null, or, for an id the database generates, 0, the value of a
     * primitive {@code long id} never set (no sequence hands out 0). Insert and upsert agree on this, so an upsert of
     * a new entity with a primitive id inserts it rather than writing row 0.
     */
    private boolean hasNoId(ID id) {
        return id == null || table.generatedId() && id instanceof Number number && number.longValue() == 0;
    }

    /** Refuses an entity that carries an id the database would replace with one it generates. */
    private void checkNoId(T entity) {
        if (table.generatedId()) {
            ID id = idOf(entity);
            if (!hasNoId(id)) {
                throw new IllegalArgumentException("Cannot insert " + describe(id) + ": "
                        + table.modelType().getSimpleName() + "'s ids are generated by the database, which would "
                        + "replace this one. Insert it with a null id, use upsert(...) to write a row with this id, or "
                        + "update(...) to change the row that has it");
            }
        }
    }

    private boolean delete(ID id, Object deleted) {
        return calls.execute("Deleting", (session, types, sql) -> {
            PreparedStatement ps = session.prepare(table.bind(), sql.deleteById, null);
            long started = session.startTimer();
            bindId(ps, types, 1, id);
            int rows = ps.executeUpdate();
            DaoCalls.recordId(session, sql.deleteById, id, started);
            if (rows > 0) {
                session.changed(table, deleted, ModelChange.Kind.DELETE);
            }
            return rows > 0;
        });
    }

    String describe(Object id) {
        return table.modelType().getSimpleName() + " with id " + id;
    }

    /** Records a write's parameters: the entity's values of {@code fields}, then its id for an update. */
    private void record(Session session, String sql, T entity, List<TableField<Record, ?>> fields, boolean byId,
            long started) {
        if (session.observes()) {
            Record values = toRecord(entity);
            List<Object> parameters = new ArrayList<>();
            for (Field<?> field : fields) {
                parameters.add(values.get(field));
            }
            if (byId) {
                for (Field<?> field : table.idFields()) {
                    parameters.add(values.get(field));
                }
            }
            session.record(sql, parameters, started);
        }
    }
}

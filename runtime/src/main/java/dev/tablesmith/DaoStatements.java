package dev.tablesmith;

import dev.tablesmith.internal.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The SQL of one table's fixed DAO operations in one dialect. jOOQ renders it once (identifiers quoted, so
 * {@code user} and {@code order} work everywhere); the hot path then only binds parameters.
 */
final class DaoStatements {
    /** The most condition shapes {@link #filter} keeps rendered. */
    static final int MAX_CACHED_SHAPES = 1000;
    final String insert;
    /** The generated-key column names to ask the driver for, or {@code null} when the id is assigned. */
    final String[] generatedKeys;
    /** {@code UPDATE} by id, or {@code null} when every column is a key column (a join model): nothing to set. */
    final String update;
    final String deleteById;
    final String selectById;
    final String selectAll;
    final String existsById;
    final String count;
    /** Insert-or-update by id in this dialect, or {@code null} when jOOQ cannot render one for it. */
    final String upsert;
    /**
     * On MariaDB and MySQL, for a table with columns besides its key: the insert, with the id, that follows
     * {@link #update} when no row has the id, {@link #upsert} being null there; null elsewhere.
     */
    final String upsertInsert;
    /**
     * The columns {@link #upsert} and {@link #upsertInsert} bind, in order: a generated id first, then the insert
     * columns.
     */
    final List<TableField<Record, ?>> upsertFields;
    final SQLDialect dialect;
    /** The multi-row insert of {@link BulkInsert}, or {@code null} where batches are used instead. */
    final BulkInsertSql bulkInsert;
    private final ModelTable<?> table;
    private final DSLContext dsl;
    private final Map<List<? extends Field<?>>, String> selectByColumns = new ConcurrentHashMap<>();
    private final Map<ConditionShape, Filter> filterByShape = new ConcurrentHashMap<>();
    private final Map<OrderShape, String> orderByShape = new ConcurrentHashMap<>();

    private DaoStatements(ModelTable<?> table, SQLDialect dialect) {
        this.table = table;
        this.dialect = dialect;
        this.dsl = Dialects.renderer(dialect);
        List<TableField<Record, ?>> insertFields = table.insertFields();
        insert = render(dsl.insertInto(table).columns(insertFields).values(insertValues(insertFields)));
        upsertFields = new ArrayList<>();
        if (table.generatedId()) {
            upsertFields.add(table.idField());
        }
        upsertFields.addAll(insertFields);
        upsert = renderUpsert();
        upsertInsert = keysAnyUniqueColumn() && upsert == null
                ? render(insertWithId()) : null;
        generatedKeys = table.generatedId() ? new String[] {table.idField().getName()} : null;
        update = table.updateFields().isEmpty() ? null : render(updateQuery());
        deleteById = render(dsl.deleteFrom(table).where(idMatches()));
        selectById = render(dsl.select(table.fields()).from(table).where(idMatches()));
        selectAll = render(dsl.select(table.fields()).from(table));
        existsById = render(dsl.selectOne().from(table).where(idMatches()));
        count = render(dsl.selectCount().from(table));
        bulkInsert = dialect.family() == SQLDialect.POSTGRES ? renderBulkInsert(insertFields) : null;
    }

    private BulkInsertSql renderBulkInsert(List<TableField<Record, ?>> insertFields) {
        List<Field<?>> columns = new ArrayList<>();
        List<Field<?>> values = new ArrayList<>();
        if (table.generatedId()) {
            columns.add(table.idField());
            values.add(DSL.val(null, table.idField()));
        }
        columns.addAll(insertFields);
        values.addAll(insertValues(insertFields));
        String one = render(dsl.insertInto(table).columns(columns).values(values));
        String row = dsl.render(DSL.row(values));
        if (!one.endsWith(" " + row)) {
            return null;
        }
        // The sequence is looked up once, in a subquery kept apart by OFFSET 0: nextval(text) would look the name
        // up for every row, which made drawing 10,000 ids take 26 ms instead of 3.
        String allocate = table.generatedId() ? "select nextval(q.s) from (select pg_get_serial_sequence(?, ?)"
                + "::regclass as s offset 0) q cross join generate_series(1, ?)" : null;
        return new BulkInsertSql(one.substring(0, one.length() - row.length() - 1), row, allocate, columns.size(),
                BulkInsert.MAX_ROWS_PER_STATEMENT, renderCopy(insertFields), nullMeansDefault(insertFields));
    }

    /**
     * {@code COPY "t" ("a", "b"[, "id"]) FROM STDIN} for {@link CopyInsert}. jOOQ has no COPY statement; it renders
     * the table and column names, quoted as everywhere else.
     */
    private String renderCopy(List<TableField<Record, ?>> insertFields) {
        StringBuilder copy = new StringBuilder("copy ").append(dsl.render(table)).append(" (");
        List<Field<?>> columns = new ArrayList<>(insertFields);
        if (table.generatedId()) {
            columns.add(table.idField());
        }
        for (int i = 0; i < columns.size(); i++) {
            copy.append(i == 0 ? "" : ", ").append(dsl.render(DSL.name(columns.get(i).getName())));
        }
        return copy.append(") from stdin").toString();
    }

    private static boolean[] nullMeansDefault(List<? extends Field<?>> fields) {
        boolean[] defaulted = new boolean[fields.size()];
        for (int i = 0; i < defaulted.length; i++) {
            defaulted[i] = fields.get(i).getDataType().defaulted();
        }
        return defaulted;
    }

    static DaoStatements render(ModelTable<?> table, SQLDialect dialect) {
        return new DaoStatements(table, dialect);
    }

    /**
     * {@code SELECT <all columns> FROM t WHERE a = ? AND b = ?}, for the generated {@code findByX} and
     * {@code findByXAndY} methods.
     */
    String selectBy(List<? extends Field<?>> columns) {
        String sql = selectByColumns.get(columns);
        if (sql == null) {
            List<Condition> conditions = new ArrayList<>();
            for (Field<?> column : columns) {
                conditions.add(matches(column));
            }
            sql = render(dsl.select(table.fields()).from(table).where(conditions));
            selectByColumns.put(List.copyOf(columns), sql);
        }
        return sql;
    }

    /**
     * The SQL of a {@code where(...)} condition and of the two statements it completes.
     *
     * @param select {@code SELECT <all columns> FROM t WHERE <condition>}
     * @param count  {@code SELECT COUNT(*) FROM t WHERE <condition>}
     * @param cached whether this is the SQL of the condition's {@linkplain ConditionShape shape}, with one
     *               placeholder per value in the shape's order
     */
    record Filter(String select, String count, boolean cached) {
    }

    /**
     * The {@link Filter} of {@code condition}, whose shape is {@code shape} ({@code null} when it has none):
     * rendered by jOOQ once per shape and then reused, or on every call for a condition without one. At most
     * {@value #MAX_CACHED_SHAPES} shapes are kept per table and dialect, so an application that builds shapes
     * without end (IN lists of every length) renders the rest each time instead of growing the cache.
     */
    Filter filter(Condition condition, ConditionShape shape) {
        if (shape == null) {
            return filter(dsl.render(condition), false);
        }
        Filter filter = filterByShape.get(shape);
        if (filter == null) {
            String where = dsl.render(condition);
            filter = filter(where, shape.placeholdersMatch(where));
            if (filter.cached() && filterByShape.size() < MAX_CACHED_SHAPES) {
                filterByShape.putIfAbsent(shape, filter);
            }
        }
        return filter;
    }

    /**
     * The SQL of an {@code ORDER BY} list of {@code shape}, after {@code " order by "}: rendered by jOOQ once per
     * shape (at most {@value #MAX_CACHED_SHAPES} shapes are kept, as for conditions).
     */
    String orderBy(List<? extends org.jooq.OrderField<?>> fields, OrderShape shape) {
        String sql = orderByShape.get(shape);
        if (sql == null) {
            StringBuilder rendered = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                rendered.append(i == 0 ? "" : ", ").append(dsl.render(fields.get(i)));
            }
            sql = rendered.toString();
            if (orderByShape.size() < MAX_CACHED_SHAPES) {
                orderByShape.putIfAbsent(shape, sql);
            }
        }
        return sql;
    }

    private Filter filter(String where, boolean cached) {
        return new Filter(selectAll + " where " + where, count + " where " + where, cached);
    }

    /**
     * {@code INSERT … ON CONFLICT (id) DO UPDATE SET c = EXCLUDED.c …} as jOOQ writes it for the dialect
     * ({@code ON DUPLICATE KEY UPDATE} on MariaDB/MySQL, {@code MERGE} on H2); {@code null} where it has none.
     */
    private String renderUpsert() {
        Map<Field<?>, Field<?>> updates = new java.util.LinkedHashMap<>();
        for (Field<?> field : table.updateFields()) {
            updates.put(field, DSL.excluded(field));
        }
        if (keysAnyUniqueColumn()) {
            // ON DUPLICATE KEY UPDATE acts on a conflict with ANY unique key, not the id alone: another row with the
            // same unique value would be overwritten. So the upsert is an update by id, then this insert when no row
            // has the id (upsertInsert). Only a table of keys alone keeps one statement: a no-op update of its first
            // key column, since jOOQ's DO NOTHING there is INSERT IGNORE, which drops foreign-key and NOT NULL errors.
            if (!updates.isEmpty()) {
                return null;
            }
            Field<?> key = table.idFields().get(0);
            return render(insertWithId()
                    .onDuplicateKeyUpdate().set(Map.of(key, key)));
        }
        var insert = insertWithId()
                .onConflict(table.idFields());
        try {
            return render(updates.isEmpty() ? insert.doNothing() : insert.doUpdate().set(updates));
        } catch (org.jooq.exception.SQLDialectNotSupportedException e) {
            return null;
        }
    }

    /** {@code INSERT INTO t (<upsertFields>) VALUES (?, …)}: the insert every form of upsert starts from. */
    private org.jooq.InsertValuesStepN<Record> insertWithId() {
        return dsl.insertInto(table).columns(upsertFields).values(placeholders(upsertFields));
    }

    /** Whether this dialect's upsert fires on a conflict with any unique key rather than the id's: MariaDB, MySQL. */
    private boolean keysAnyUniqueColumn() {
        return dialect.family() == SQLDialect.MARIADB || dialect.family() == SQLDialect.MYSQL;
    }

    /**
     * {@code UPDATE t SET <every non-id column> = ? WHERE id = ?}; with a version column the new version is
     * bound in its place among the columns and the old one is checked: {@code ... AND version = ?}.
     */
    private Query updateQuery() {
        var fields = table.updateFields();
        var update = dsl.update(table).set(placeholderMap(fields));
        Condition where = idMatches();
        if (table.versionField() != null) {
            where = where.and(matches(table.versionField()));
        }
        return update.where(where);
    }

    private Condition idMatches() {
        List<Condition> conditions = new ArrayList<>();
        for (Field<?> field : table.idFields()) {
            conditions.add(matches(field));
        }
        return DSL.and(conditions);
    }

    @SuppressWarnings("unchecked")
    private static Condition matches(Field<?> field) {
        return ((Field<Object>) field).eq(DSL.val(null, (Field<Object>) field));
    }

    private static List<Field<?>> placeholders(List<? extends Field<?>> fields) {
        List<Field<?>> values = new ArrayList<>(fields.size());
        for (Field<?> field : fields) {
            values.add(DSL.val(null, field));
        }
        return values;
    }

    /**
     * One placeholder per insert column; a column with a SQL default gets {@code COALESCE(?, default)} so that a
     * null in the entity stores the default, as leaving the column out would, without a second statement.
     */
    @SuppressWarnings("unchecked")
    private static List<Field<?>> insertValues(List<? extends Field<?>> fields) {
        List<Field<?>> values = new ArrayList<>(fields.size());
        for (Field<?> field : fields) {
            Field<Object> value = DSL.val(null, (Field<Object>) field);
            values.add(field.getDataType().defaulted()
                    ? DSL.coalesce(value, (Field<Object>) field.getDataType().default_()) : value);
        }
        return values;
    }

    private static Map<Field<?>, Field<?>> placeholderMap(List<? extends Field<?>> fields) {
        Map<Field<?>, Field<?>> values = new java.util.LinkedHashMap<>();
        for (Field<?> field : fields) {
            values.put(field, DSL.val(null, field));
        }
        return values;
    }

    private String render(Query query) {
        return dsl.render(query);
    }
}

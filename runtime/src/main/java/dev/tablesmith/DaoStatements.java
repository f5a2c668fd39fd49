package dev.tablesmith;

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
    final String insert;
    /** The generated-key column names to ask the driver for, or {@code null} when the id is assigned. */
    final String[] generatedKeys;
    final String update;
    final String deleteById;
    final String selectById;
    final String selectAll;
    final String existsById;
    final String count;
    private final ModelTable<?> table;
    private final DSLContext dsl;
    private final Map<Field<?>, String> selectByColumn = new ConcurrentHashMap<>();

    private DaoStatements(ModelTable<?> table, SQLDialect dialect) {
        this.table = table;
        this.dsl = Dialects.renderer(dialect);
        List<TableField<Record, ?>> insertFields = table.insertFields();
        insert = render(dsl.insertInto(table).columns(insertFields).values(placeholders(insertFields)));
        generatedKeys = table.generatedId() ? new String[] {table.idField().getName()} : null;
        update = render(updateQuery());
        deleteById = render(dsl.deleteFrom(table).where(idMatches()));
        selectById = render(dsl.select(table.fields()).from(table).where(idMatches()));
        selectAll = render(dsl.select(table.fields()).from(table));
        existsById = render(dsl.selectOne().from(table).where(idMatches()));
        count = render(dsl.selectCount().from(table));
    }

    static DaoStatements render(ModelTable<?> table, SQLDialect dialect) {
        return new DaoStatements(table, dialect);
    }

    /** {@code SELECT <all columns> FROM t WHERE <column> = ?}, for the generated {@code findByX} methods. */
    String selectBy(Field<?> column) {
        return selectByColumn.computeIfAbsent(column,
                c -> render(dsl.select(table.fields()).from(table).where(matches(c))));
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
        return matches(table.idField());
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

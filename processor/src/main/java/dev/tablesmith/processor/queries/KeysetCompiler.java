package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * Turns the select of a method returning {@code CursoredPage} into its three keyset queries: the first page, the
 * page after a cursor's row and the page before it. The ordering must be over NOT NULL columns of one model's table
 * (the cursor holds their values, and databases sort NULL differently); the primary key is appended unless the
 * ordering already holds it or a unique column, so the order is total and no two rows share a cursor. The keyset
 * condition {@code (a > :k0) or (a = :k0 and id > :k1)} is ANDed to the query's own WHERE, and a limit placeholder
 * added; the before-query reads in the reverse order (the run time reverses its rows back).
 */
final class KeysetCompiler {
    static final String KEY = "tablesmith_key_";
    private static final java.util.regex.Pattern COMBINED = java.util.regex.Pattern.compile(
            "\\b(union|except|intersect)\\b");

    private final ErrorReporter errors;
    private final List<ModelDescriptor> models;

    KeysetCompiler(ErrorReporter errors, List<ModelDescriptor> models) {
        this.errors = errors;
        this.models = models;
    }

    /**
     * The keyset queries and their ordering columns, each with its 1-based result column; empty after reporting
     * why the query cannot be read in cursor pages.
     */
    Optional<Keyset> compile(QueryMethod method, Select<?> select) {
        if (select.$limit() != null || select.$offset() != null) {
            return error(method, "it has its own LIMIT or OFFSET, but the limit parameter sets how many rows a page "
                    + "reads; remove them");
        }
        if (!select.$groupBy().isEmpty() || select.$distinct() || !select.$distinctOn().isEmpty()
                || select.$having() != null || combines(select)) {
            return error(method, "it groups, removes duplicates or combines selects, so a row of its result is no "
                    + "row of a table a cursor can point at; page a plain select");
        }
        if (select.$orderBy().isEmpty()) {
            return error(method, "it has no ORDER BY, and a cursor continues an order; order by NOT NULL columns of "
                    + "one table");
        }
        ModelDescriptor model = null;
        String qualifier = null;
        List<Field<?>> fields = new ArrayList<>();
        List<ColumnDescriptor> columns = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (SortField<?> sort : select.$orderBy()) {
            Field<?> field = sort.$field();
            if (!(field instanceof TableField<?, ?> column) || column.getTable() == null) {
                return error(method, "it orders by " + sort + ", which is not a column of a table; the cursor holds "
                        + "the ordering columns' values, so order by plain columns");
            }
            // The table as the query names it, its own name or an alias; and the table that is.
            String named = column.getTable().getName();
            org.jooq.Table<?> table = column.getTable() instanceof QOM.TableAlias<?> alias ? alias.$table()
                    : column.getTable();
            Optional<ModelDescriptor> owner = models.stream()
                    .filter(m -> m.table().equalsIgnoreCase(table.getName())).findFirst();
            if (owner.isEmpty() || model != null && (owner.get() != model || !named.equals(qualifier))) {
                return error(method, "it orders by " + sort + "; order by the columns of one model's table only, "
                        + "all named the same way (one alias of it, or its name)");
            }
            model = owner.get();
            qualifier = named;
            ColumnDescriptor descriptor = model.columns().stream()
                    .filter(c -> c.name().equalsIgnoreCase(column.getName())).findFirst().orElseThrow();
            if (descriptor.nullable()) {
                return error(method, "it orders by the nullable column " + descriptor.name() + ", and databases sort "
                        + "NULL differently; order by NOT NULL columns");
            }
            columns.add(descriptor);
            fields.add(field);
            descending.add(sort.$sortOrder() == SortOrder.DESC);
        }
        boolean unique = columns.containsAll(model.ids()) || columns.stream().anyMatch(ColumnDescriptor::unique);
        if (!unique) {
            for (ColumnDescriptor id : model.ids()) {
                if (!columns.contains(id)) {
                    columns.add(id);
                    fields.add(DSL.field(DSL.name(qualifier, id.name()), select.getSelect().stream()
                            .filter(f -> f.getName().equalsIgnoreCase(id.name())).findFirst()
                            .<org.jooq.DataType<?>>map(Field::getDataType).orElse(org.jooq.impl.SQLDataType.OTHER)));
                    descending.add(false);
                }
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            int at = indexOf(select.getSelect(), qualifier, column.name());
            if (at < 0) {
                return error(method, "its result lacks the ordering column " + column.name() + " (the cursor holds "
                        + "the values of " + columns.stream().map(ColumnDescriptor::name).toList() + "); select it");
            }
            positions.add(at + 1);
        }
        var limit = DSL.param(SqlCompiler.LIMIT, Long.class);
        Select<?> first = select.$orderBy(order(fields, descending, true)).$limit(limit);
        Select<?> after = withKeyset(select, fields, descending, true).$orderBy(order(fields, descending, true))
                .$limit(limit);
        Select<?> before = withKeyset(select, fields, descending, false).$orderBy(order(fields, descending, false))
                .$limit(limit);
        return Optional.of(new Keyset(model, columns, positions, first, after, before));
    }

    /**
     * Whether it is a UNION, EXCEPT or INTERSECT, which jOOQ's query model does not expose: found in its rendering,
     * string literals left out.
     */
    private static boolean combines(Select<?> select) {
        String sql = dev.tablesmith.internal.Dialects.renderer(org.jooq.SQLDialect.H2).render(select)
                .replaceAll("'([^']|'')*'", "''").toLowerCase(java.util.Locale.ROOT);
        return COMBINED.matcher(sql).find();
    }

    /**
     * The result column holding {@code column} of the table the query names {@code qualifier}: one qualified by that
     * name, or unqualified. A column of the same name qualified otherwise is another table's, or another alias's of
     * the same table in a self-join, and would give the cursor another row's values.
     */
    private static int indexOf(List<Field<?>> selected, String qualifier, String column) {
        for (int i = 0; i < selected.size(); i++) {
            Field<?> field = selected.get(i);
            String[] parts = field.getQualifiedName().getName();
            boolean sameTable = parts.length < 2 || parts[parts.length - 2].equals(qualifier);
            if (sameTable && field.getName().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static List<SortField<?>> order(List<Field<?>> fields, List<Boolean> descending, boolean forward) {
        List<SortField<?>> order = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            order.add(descending.get(i) == forward ? fields.get(i).desc() : fields.get(i).asc());
        }
        return order;
    }

    /** The select with {@code (a > :k0) or (a = :k0 and b > :k1) or …} ANDed to its WHERE, per direction. */
    @SuppressWarnings("unchecked")
    private static Select<?> withKeyset(Select<?> select, List<Field<?>> fields, List<Boolean> descending,
            boolean forward) {
        List<Condition> alternatives = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            List<Condition> all = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                Field<Object> earlier = (Field<Object>) fields.get(j);
                all.add(earlier.eq(DSL.param(KEY + j, earlier.getDataType())));
            }
            Field<Object> column = (Field<Object>) fields.get(i);
            var key = DSL.param(KEY + i, column.getDataType());
            all.add(descending.get(i) != forward ? column.gt(key) : column.lt(key));
            alternatives.add(DSL.and(all));
        }
        Condition keyset = DSL.or(alternatives);
        Condition where = select.$where();
        return select.$where(where == null ? keyset : DSL.and(where, keyset));
    }

    private Optional<Keyset> error(QueryMethod method, String reason) {
        errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_CURSOR,
                method.describe(), reason);
        return Optional.empty();
    }

    /**
     * A cursor-paged query.
     *
     * @param model     the model whose columns order it
     * @param columns   the ordering columns, the appended key included
     * @param positions for each, its 1-based result column
     * @param first     the first page
     * @param after     the page after the row whose values bind the keys
     * @param before    the page before it, in reverse order
     */
    record Keyset(ModelDescriptor model, List<ColumnDescriptor> columns, List<Integer> positions, Select<?> first,
            Select<?> after, Select<?> before) {
    }
}

package dev.tablesmith.processor.queries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Row;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.QOM;

/**
 * The table columns each named parameter of a query meets directly: compared with ({@code =}, {@code <>}, {@code <},
 * {@code <=}, {@code >}, {@code >=}, {@code IS [NOT] DISTINCT FROM}, {@code [NOT] IN (…)}, {@code BETWEEN},
 * {@code [NOT] LIKE}) in a WHERE, HAVING or join condition, assigned to in an UPDATE's SET, or inserted into. A
 * parameter used any other way (inside a function, in a subquery, in the select list) meets no column here.
 */
final class ParameterColumns {
    /** By parameter name in lower case, as the parser compares them. */
    private final Map<String, List<TableField<?, ?>>> columns = new LinkedHashMap<>();

    private ParameterColumns() {
    }

    /** The columns each parameter of {@code query} meets, by its name in lower case. */
    static Map<String, List<TableField<?, ?>>> of(Query query) {
        ParameterColumns found = new ParameterColumns();
        if (query instanceof Select<?> select) {
            found.select(select);
        } else if (query instanceof QOM.Update<?> update) {
            found.from(update.$from());
            found.condition(update.$where());
            update.$set().forEach(found::pair);
        } else if (query instanceof QOM.Delete<?> delete) {
            found.condition(delete.$where());
        } else if (query instanceof QOM.Insert<?> insert) {
            List<? extends org.jooq.Field<?>> into = insert.$columns();
            for (Row row : insert.$values()) {
                for (int i = 0; i < into.size() && i < row.size(); i++) {
                    found.pair(into.get(i), row.field(i));
                }
            }
            if (insert.$select() != null) {
                found.select(insert.$select());
            }
        }
        return found.columns;
    }

    private void select(Select<?> select) {
        from(select.$from());
        condition(select.$where());
        condition(select.$having());
    }

    private void from(Collection<? extends Table<?>> tables) {
        for (Table<?> table : tables) {
            if (table instanceof QOM.QualifiedJoin<?, ?> join) {
                condition(join.$on());
            }
            if (table instanceof QOM.JoinTable<?, ?> join) {
                from(List.of(join.$table1(), join.$table2()));
            }
        }
    }

    private void condition(Condition condition) {
        if (condition instanceof QOM.CombinedCondition<?> combined) {
            condition(combined.$arg1());
            condition(combined.$arg2());
        } else if (condition instanceof QOM.Not not) {
            condition(not.$condition());
        } else if (condition instanceof QOM.CompareCondition<?, ?> compare) {
            pair(compare.$arg1(), compare.$arg2());
        } else if (condition instanceof QOM.InList<?> in) {
            in.$list().forEach(value -> pair(in.$field(), value));
        } else if (condition instanceof QOM.NotInList<?> in) {
            in.$list().forEach(value -> pair(in.$field(), value));
        } else if (condition instanceof QOM.Between<?> between) {
            pair(between.$arg1(), between.$arg2());
            pair(between.$arg1(), between.$arg3());
        } else if (condition instanceof QOM.Like like) {
            pair(like.$arg1(), like.$arg2());
        } else if (condition instanceof QOM.NotLike like) {
            pair(like.$arg1(), like.$arg2());
        } else if (condition instanceof QOM.LikeIgnoreCase like) {
            pair(like.$arg1(), like.$arg2());
        } else if (condition instanceof QOM.NotLikeIgnoreCase like) {
            pair(like.$arg1(), like.$arg2());
        }
    }

    /** Records a column and a named parameter that meet, in either order. */
    private void pair(Object one, Object other) {
        TableField<?, ?> column = one instanceof TableField<?, ?> field ? field
                : other instanceof TableField<?, ?> field ? field : null;
        Param<?> param = other instanceof Param<?> p ? p : one instanceof Param<?> p ? p : null;
        if (column != null && param != null && param.getParamName() != null && !param.isInline()) {
            columns.computeIfAbsent(param.getParamName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(column);
        }
    }
}

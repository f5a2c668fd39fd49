package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;

/**
 * A checked query, ready to write: its SQL per dialect, the statement a {@code Page} counts with, which result
 * column fills each slot of the target, and the model whose table errors name and whose bind it runs on.
 *
 * @param method  the method, with its shape and target resolved against the SQL
 * @param table   the first model the query names
 * @param main    the query per dialect; a page's takes the limit and offset as two more parameters
 * @param count   for a page, {@code select count(*)} of the query per dialect; empty otherwise
 * @param columns for each slot of the target, its 1-based result column
 * @param keyset  for a cursor page, its keyset queries (after and before a cursor's row; {@code main} reads the first
 *                page) and ordering columns; {@code null} otherwise
 */
record CompiledQuery(QueryMethod method, ModelDescriptor table, Map<SQLDialect, Rendering> main,
        Map<SQLDialect, Rendering> count, List<Integer> columns, Keyset keyset) {

    /**
     * The keyset queries of a cursor page: each binds the method's parameters, then one key per ordering column,
     * then the limit.
     *
     * @param after     the page after the cursor's row per dialect
     * @param before    the page before it per dialect, in reverse order
     * @param model     the model whose columns order the query
     * @param keys      the ordering columns, the appended primary key included
     * @param positions for each ordering column, its 1-based result column
     */
    record Keyset(ModelDescriptor model, Map<SQLDialect, Rendering> after, Map<SQLDialect, Rendering> before,
            List<dev.tablesmith.processor.model.ColumnDescriptor> keys, List<Integer> positions) {
    }

    /**
     * One dialect's SQL.
     *
     * @param sql       with {@code ?} placeholders
     * @param positions for each bound parameter in order, the 1-based placeholders it binds
     */
    record Rendering(String sql, List<int[]> positions) {
    }
}

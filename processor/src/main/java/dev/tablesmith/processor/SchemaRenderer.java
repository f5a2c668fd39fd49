package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.ModelTable;
import dev.tablesmith.internal.SchemaDdl;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.schema.CompileTimeTable;
import dev.tablesmith.processor.schema.MigrationPlan;
import dev.tablesmith.processor.schema.SchemaJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.SQLDialect;

/**
 * Renders the schema of the compilation's models, in memory: the canonical JSON, the DDL of every dialect (what
 * {@code Database.createAll()} runs, rendered from the same jOOQ tables the generated classes declare), and per
 * bind the snapshot DDL that the committed snapshot is compared with and the renames the models declare. Pure: it
 * reads only the model records, and writes nothing.
 */
final class SchemaRenderer {
    /** The dialects whose DDL is written as resources, in this order. */
    static final List<SQLDialect> DIALECTS = List.of(SQLDialect.H2, SQLDialect.POSTGRES, SQLDialect.MARIADB,
            SQLDialect.SQLITE);

    /**
     * The rendered schema.
     *
     * @param json  the canonical JSON of every table
     * @param ddl   by dialect, the DDL of every bind, each bind after the first headed by a comment naming it
     * @param binds the binds in name order, the default database ({@code ""}) first
     */
    record Schema(String json, Map<SQLDialect, String> ddl, List<BindSchema> binds) {
    }

    /**
     * One bind's schema, as the snapshot check needs it.
     *
     * @param bind     the bind; empty for the default database
     * @param snapshot its DDL in {@link MigrationPlan#SNAPSHOT_DIALECT}, as the committed snapshot holds it
     * @param ddl      its DDL in every dialect of {@link #DIALECTS}, tables in foreign-key order: the baseline
     *                 migration of a new schema
     * @param renames  {@code table -> (previous column name -> column name)} from the models' {@code @RenamedFrom}
     */
    record BindSchema(String bind, String snapshot, Map<SQLDialect, String> ddl,
            Map<String, Map<String, String>> renames) {
        /** The bind as messages name it. */
        String description() {
            return bind.isEmpty() ? "the default database" : "bind '" + bind + "'";
        }
    }

    private SchemaRenderer() {
    }

    static Schema render(List<ModelDescriptor> models) {
        Map<ClassName, CompileTimeTable> tables = new LinkedHashMap<>();
        for (ModelDescriptor model : models) {
            tables.put(model.modelClass(), new CompileTimeTable(model, tables));
        }
        Map<String, List<ModelTable<?>>> byBind = new TreeMap<>();
        for (ModelTable<?> table : SchemaDdl.inForeignKeyOrder(new ArrayList<>(tables.values()))) {
            byBind.computeIfAbsent(table.bind(), b -> new ArrayList<>()).add(table);
        }
        Map<SQLDialect, String> ddl = new EnumMap<>(SQLDialect.class);
        Map<String, Map<SQLDialect, String>> ddlByBind = new TreeMap<>();
        for (SQLDialect dialect : DIALECTS) {
            StringBuilder all = new StringBuilder();
            byBind.forEach((bind, bindTables) -> {
                String bindDdl = SchemaDdl.render(dialect, bindTables);
                all.append(bind.isEmpty() ? "" : "\n-- bind: " + bind + "\n").append(bindDdl);
                ddlByBind.computeIfAbsent(bind, b -> new EnumMap<>(SQLDialect.class)).put(dialect, bindDdl);
            });
            ddl.put(dialect, all.toString());
        }
        List<BindSchema> binds = new ArrayList<>();
        ddlByBind.forEach((bind, bindDdl) -> binds.add(new BindSchema(bind,
                bindDdl.get(MigrationPlan.SNAPSHOT_DIALECT), bindDdl, renames(models, bind))));
        return new Schema(SchemaJson.of(models), ddl, binds);
    }

    /** {@code table -> (old column -> new column)} from the {@code @RenamedFrom} annotations of {@code bind}. */
    private static Map<String, Map<String, String>> renames(List<ModelDescriptor> models, String bind) {
        Map<String, Map<String, String>> renames = new LinkedHashMap<>();
        for (ModelDescriptor model : models) {
            if (!model.bind().equals(bind)) {
                continue;
            }
            for (ColumnDescriptor column : model.columns()) {
                if (!column.previousName().isEmpty()) {
                    renames.computeIfAbsent(model.table(), t -> new LinkedHashMap<>())
                            .put(column.previousName(), column.name());
                }
            }
        }
        return renames;
    }
}

package dev.tablesmith;

import dev.tablesmith.internal.SchemaDdl;
import dev.tablesmith.internal.Dialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DDLExportConfiguration;
import org.jooq.DDLFlag;
import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.Source;
import org.jooq.impl.DSL;

/**
 * Compares a live database with the models, for start-up checks in production: jOOQ reads the live schema of the
 * models' tables and computes the migration that would turn it into the models' schema; every statement of that
 * migration is one difference (a missing table or column, a different type or nullability, a missing index or key).
 */
final class SchemaVerifier {
    private SchemaVerifier() {
    }

    static List<String> differences(Bind bind, List<ModelTable<?>> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        Set<String> names = tables.stream().map(t -> t.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        try (Connection connection = bind.dataSource().getConnection()) {
            DSLContext live = DSL.using(connection, bind.dialect(), Dialects.settings());
            Set<String> indexes = tables.stream().flatMap(t -> t.getIndexes().stream())
                    .map(i -> i.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            // Only the models' tables, and only the indexes they declare: the indexes a database creates to back
            // its constraints are its own business.
            Meta actual = live.meta().filterSchemas(schema -> isDefaultSchema(connection, schema.getName()))
                    .filterTables(table -> names.contains(table.getName().toLowerCase(Locale.ROOT)))
                    .filterIndexes(index -> indexes.contains(index.getName().toLowerCase(Locale.ROOT)));
            // Both sides go through the DDL interpreter, so types and names are normalised the same way.
            DSLContext interpreter = DSL.using(bind.dialect(), Dialects.settings());
            Meta liveSchema = interpreter.meta(Source.of(ddlOf(interpreter, actual)));
            Meta expected = interpreter.meta(Source.of(SchemaDdl.render(bind.dialect(), tables)));
            Queries migration = liveSchema.migrateTo(expected);
            List<String> differences = new ArrayList<>();
            for (Query query : migration.queries()) {
                differences.add(bind.describe() + ": " + interpreter.render(query));
            }
            return differences;
        } catch (SQLException e) {
            throw new TablesmithException("Cannot read the schema of " + bind.describe() + ": " + e.getMessage(), e);
        }
    }

    private static String ddlOf(DSLContext interpreter, Meta meta) {
        StringBuilder ddl = new StringBuilder();
        DDLExportConfiguration tablesOnly = new DDLExportConfiguration().flags(DDLFlag.TABLE, DDLFlag.PRIMARY_KEY,
                DDLFlag.UNIQUE, DDLFlag.FOREIGN_KEY, DDLFlag.INDEX);
        for (Query query : meta.ddl(tablesOnly).queries()) {
            ddl.append(interpreter.render(query)).append(";\n");
        }
        return ddl.toString();
    }

    private static boolean isDefaultSchema(Connection connection, String schema) {
        try {
            String current = connection.getSchema();
            String catalog = connection.getCatalog();
            return schema.isEmpty() || schema.equalsIgnoreCase(current) || schema.equalsIgnoreCase(catalog);
        } catch (SQLException e) {
            return true;
        }
    }
}

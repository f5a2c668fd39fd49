package dev.tablesmith.test;

import dev.tablesmith.ModelTable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The tables of a database's current schema, read through JDBC metadata: to refuse a database that is not empty
 * before a chain runs, and to find the tables a chain created that no model maps.
 */
final class SchemaTables {
    private SchemaTables() {
    }

    /** Every table of the connection's schema, lower-case, less the database's own ({@code sqlite_sequence}). */
    static List<String> all(DataSource engine, SQLDialect dialect) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = engine.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("sqlite_")) {
                        tables.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of " + dialect + ": " + e.getMessage(), e);
        }
        return tables;
    }

    /** The tables no model maps, less Flyway's history table {@code history}. */
    static List<String> unmapped(DataSource engine, SQLDialect dialect, List<ModelTable<?>> models, String history) {
        Set<String> mapped = new HashSet<>();
        models.forEach(table -> mapped.add(table.getName().toLowerCase(Locale.ROOT)));
        mapped.add(history.toLowerCase(Locale.ROOT));
        List<String> unmapped = new ArrayList<>();
        for (String table : all(engine, dialect)) {
            if (!mapped.contains(table)) {
                unmapped.add(table);
            }
        }
        return unmapped;
    }
}

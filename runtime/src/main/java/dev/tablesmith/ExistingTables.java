package dev.tablesmith;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Field;

/**
 * Reads which of the models' tables a database has already, and how their columns differ from the models in the
 * ways that make writes fail: a column the model writes that the table lacks, a column the table requires that the
 * model never writes, a column the model may leave null that the table refuses null in. It reads the driver's own
 * {@link DatabaseMetaData}, the same on every database, so what it reports is always a real difference; types are
 * left to {@link Database#verifySchema()}.
 */
final class ExistingTables {
    private final Map<String, Map<String, LiveColumn>> columnsByTable = new HashMap<>();

    /** A column as the database describes it. */
    private record LiveColumn(String name, boolean nullable, boolean defaulted) {
    }

    private ExistingTables() {
    }

    /** The tables of {@code bind}'s database (its current schema), with their columns. */
    static ExistingTables read(Bind bind) {
        ExistingTables existing = new ExistingTables();
        try (Connection connection = bind.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME");
                    boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                    boolean defaulted = rs.getString("COLUMN_DEF") != null
                            || "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                    existing.columnsByTable.computeIfAbsent(table, t -> new HashMap<>())
                            .put(column.toLowerCase(Locale.ROOT), new LiveColumn(column, nullable, defaulted));
                }
            }
        } catch (SQLException e) {
            throw new TablesmithException("Cannot read the tables of " + bind.describe() + ": " + e.getMessage(), e);
        }
        return existing;
    }

    /** The tables among {@code tables} that exist already. */
    List<ModelTable<?>> among(List<ModelTable<?>> tables) {
        List<ModelTable<?>> present = new ArrayList<>();
        for (ModelTable<?> table : tables) {
            if (columnsByTable.containsKey(table.getName().toLowerCase(Locale.ROOT))) {
                present.add(table);
            }
        }
        return present;
    }

    /** How the existing {@code table} differs from its model in ways that make its writes fail; empty if none. */
    List<String> differences(ModelTable<?> table) {
        Map<String, LiveColumn> live = columnsByTable.getOrDefault(table.getName().toLowerCase(Locale.ROOT), Map.of());
        String model = table.modelType().getSimpleName();
        List<String> differences = new ArrayList<>();
        Map<String, Field<?>> modelled = new HashMap<>();
        for (Field<?> field : table.fields()) {
            modelled.put(field.getName().toLowerCase(Locale.ROOT), field);
            LiveColumn column = live.get(field.getName().toLowerCase(Locale.ROOT));
            if (column == null) {
                differences.add("table \"" + table.getName() + "\" has no column \"" + field.getName() + "\", which "
                        + model + " reads and writes");
            } else if (!column.nullable() && field.getDataType().nullable() && !column.defaulted()) {
                differences.add("column \"" + table.getName() + "\".\"" + field.getName() + "\" is NOT NULL, but "
                        + model + " may leave it null");
            }
        }
        for (LiveColumn column : live.values()) {
            if (!modelled.containsKey(column.name().toLowerCase(Locale.ROOT)) && !column.nullable()
                    && !column.defaulted()) {
                differences.add("column \"" + table.getName() + "\".\"" + column.name() + "\" is NOT NULL without a "
                        + "default, and " + model + " has no such column, so no insert can fill it");
            }
        }
        return differences;
    }
}

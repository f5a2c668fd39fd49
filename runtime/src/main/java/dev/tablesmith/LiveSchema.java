package dev.tablesmith;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a live database as its JDBC driver describes them ({@link DatabaseMetaData}): columns, primary
 * keys, unique indexes, foreign keys and index names, in the connection's current schema. Read the same way on
 * every database, so that {@link SchemaVerifier} compares like with like. Names are compared case-insensitively.
 */
final class LiveSchema {
    /** A live column. */
    record Column(String name, TypeFamily type, boolean nullable, boolean defaulted) {
    }

    /** A live foreign key: its columns, in order, and the table they reference. */
    record Reference(List<String> columns, String target) {
    }

    /** A live table. */
    record Table(String name, Map<String, Column> columns, List<String> primaryKey, Set<List<String>> uniques,
            Set<Reference> references, Set<String> indexes) {
    }

    private LiveSchema() {
    }

    /** The live tables among {@code names} (lower-case), by lower-case name. */
    static Map<String, Table> read(Connection connection, Set<String> names) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Map<String, Column>> columns = new HashMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (names.contains(table)) {
                    String name = rs.getString("COLUMN_NAME");
                    String definition = rs.getString("COLUMN_DEF");
                    boolean defaulted = definition != null && !definition.equalsIgnoreCase("null")
                            || "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                    columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(name.toLowerCase(Locale.ROOT),
                            new Column(name, TypeFamily.of(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                                    rs.getInt("DECIMAL_DIGITS")),
                                    rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, defaulted));
                }
            }
        }
        Map<String, Table> tables = new HashMap<>();
        for (var entry : columns.entrySet()) {
            String table = entry.getKey();
            String actual = entry.getValue().isEmpty() ? table : tableName(meta, catalog, schema, table);
            tables.put(table, new Table(table, entry.getValue(), primaryKey(meta, catalog, schema, actual),
                    uniques(meta, catalog, schema, actual), references(meta, catalog, schema, actual),
                    indexNames(meta, catalog, schema, actual)));
        }
        return tables;
    }

    /** The table's name as the database spells it, for the metadata calls that match it exactly. */
    private static String tableName(DatabaseMetaData meta, String catalog, String schema, String lowerCase)
            throws SQLException {
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).equals(lowerCase)) {
                    return name;
                }
            }
        }
        return lowerCase;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(bySequence.values());
    }

    /** The column lists of the unique indexes, the primary key's among them. */
    private static Set<List<String>> uniques(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> byIndex = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null && !rs.getBoolean("NON_UNIQUE")) {
                    byIndex.computeIfAbsent(index, i -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
                            column.toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<List<String>> uniques = new HashSet<>();
        for (Map<Integer, String> columns : byIndex.values()) {
            uniques.add(List.copyOf(columns.values()));
        }
        return uniques;
    }

    private static Set<Reference> references(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        // SQLite names no foreign key: its columns are grouped by the key's first column (KEY_SEQ 1) instead.
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, String> targets = new HashMap<>();
        int unnamed = 0;
        String current = null;
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                int sequence = rs.getInt("KEY_SEQ");
                if (name == null || name.isEmpty()) {
                    name = sequence <= 1 || current == null ? "#" + unnamed++ : current;
                }
                current = name;
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put(sequence,
                        rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                targets.put(name, rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<Reference> references = new HashSet<>();
        for (var entry : columns.entrySet()) {
            references.add(new Reference(List.copyOf(entry.getValue().values()), targets.get(entry.getKey())));
        }
        return references;
    }

    private static Set<String> indexNames(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index != null) {
                    names.add(index.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}

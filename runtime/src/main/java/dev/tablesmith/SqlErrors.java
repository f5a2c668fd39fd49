package dev.tablesmith;

import dev.tablesmith.spi.RefusedValueException;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Record;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns driver exceptions into Tablesmith's specific unchecked exceptions, naming the table involved. */
final class SqlErrors {
    /** SQLite reports every constraint failure with result code 19 (SQLITE_CONSTRAINT) and no SQL state. */
    private static final int SQLITE_CONSTRAINT = 19;
    private static final Pattern[] CONSTRAINT_NAME = {
        Pattern.compile("constraint \"([^\"]+)\""),              // PostgreSQL
        Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'"),      // MariaDB / MySQL duplicate entry
        Pattern.compile("CONSTRAINT `([^`]+)`"),                 // MariaDB / MySQL foreign key
        Pattern.compile("constraint violation: \"?([A-Za-z0-9_]+)"), // H2 referential integrity
        Pattern.compile("violation: \"(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+) INDEX"), // H2 unique index
    };
    /** SQLite names the columns, not the constraint: {@code UNIQUE constraint failed: user.username}. */
    private static final Pattern SQLITE_COLUMNS = Pattern.compile("UNIQUE constraint failed: ([^)\\n]+)");

    private SqlErrors() {
    }

    static RuntimeException translate(ModelTable<?> table, String action, SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedValueException refused) {
                // Bound by jOOQ (which wraps it) somewhere in a query: the column is not known here.
                return InvalidValueException.of(table, action, null, refused);
            }
        }
        String tableName = table.getName();
        if (isConstraintViolation(e)) {
            String constraint = constraintName(e.getMessage());
            if (constraint == null) {
                constraint = uniqueKeyByColumns(table, e.getMessage());
            }
            return new ConstraintViolationException(
                    action + " " + table.modelType().getSimpleName() + " (table \"" + tableName + "\") violated "
                            + (constraint == null ? "a constraint" : "constraint \"" + constraint + "\"") + ": "
                            + e.getMessage(),
                    tableName, constraint, e);
        }
        return new TablesmithException(action + " " + table.modelType().getSimpleName() + " (table \"" + tableName
                + "\") failed: " + e.getMessage(), e);
    }

    static boolean isConstraintViolation(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || e.getErrorCode() == SQLITE_CONSTRAINT
                || e.getClass().getName().equals("java.sql.SQLIntegrityConstraintViolationException");
    }

    /** The unique key of {@code table} over exactly the columns a SQLite message names, or {@code null}. */
    static String uniqueKeyByColumns(ModelTable<?> table, String message) {
        Matcher matcher = message == null ? null : SQLITE_COLUMNS.matcher(message);
        if (matcher == null || !matcher.find()) {
            return null;
        }
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (String qualified : matcher.group(1).split(",")) {
            String column = qualified.strip();
            columns.add(column.substring(column.lastIndexOf('.') + 1));
        }
        List<org.jooq.UniqueKey<Record>> keys = new java.util.ArrayList<>(table.getUniqueKeys());
        if (table.getPrimaryKey() != null) {
            keys.add(table.getPrimaryKey());
        }
        for (org.jooq.UniqueKey<Record> key : keys) {
            java.util.Set<String> keyColumns = new java.util.HashSet<>();
            key.getFields().forEach(field -> keyColumns.add(field.getName()));
            if (keyColumns.equals(columns)) {
                return key.getName();
            }
        }
        for (org.jooq.Index index : table.getIndexes()) {
            java.util.Set<String> indexColumns = new java.util.HashSet<>();
            index.getFields().forEach(field -> indexColumns.add(field.getName()));
            if (index.getUnique() && indexColumns.equals(columns)) {
                return index.getName();
            }
        }
        return null;
    }

    static String constraintName(String message) {
        if (message == null) {
            return null;
        }
        for (Pattern pattern : CONSTRAINT_NAME) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}

package dev.tablesmith;

import java.sql.SQLException;
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
    };

    private SqlErrors() {
    }

    static RuntimeException translate(ModelTable<?> table, String action, SQLException e) {
        String tableName = table.getName();
        if (isConstraintViolation(e)) {
            String constraint = constraintName(e.getMessage());
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

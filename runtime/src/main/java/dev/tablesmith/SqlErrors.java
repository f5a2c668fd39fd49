package dev.tablesmith;

import dev.tablesmith.generated.RefusedValueException;
import java.sql.SQLException;
import java.util.List;
import org.jooq.Record;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns driver exceptions into Tablesmith's specific unchecked exceptions, naming the table involved. */
final class SqlErrors {
    /** SQLite reports every constraint failure with result code 19 (SQLITE_CONSTRAINT) and no SQL state. */
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MARIADB_CONNECTION_KILLED = 1927;
    private static final int MARIADB_STATEMENT_TIMEOUT = 1969;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_TABLE_NOT_FOUND = 42102;
    private static final int H2_TABLE_NOT_FOUND_IN_SCHEMA = 42103;
    private static final int H2_TABLE_NOT_FOUND_WITH_CANDIDATES = 42104;
    private static final int MARIADB_NO_SUCH_TABLE = 1146;
    /** SQL state 25006, read_only_sql_transaction: PostgreSQL's and MariaDB's (error 1792) refusal to write. */
    private static final String READ_ONLY_TRANSACTION = "25006";
    private static final Pattern[] CONSTRAINT_NAME = {
        Pattern.compile("constraint \"([^\"]+)\""),              // PostgreSQL
        Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'"),      // MariaDB / MySQL duplicate entry
        Pattern.compile("CONSTRAINT `([^`]+)`"),                 // MariaDB / MySQL foreign key
        Pattern.compile("constraint violation: \"?([A-Za-z0-9_]+)"), // H2 referential integrity
        // H2 unique constraint ("... INDEX ...") and unique index ("... ON table(...)")
        Pattern.compile("violation: \"(?:[A-Za-z0-9_]+\\.)?([A-Za-z0-9_]+) (?:INDEX|ON) "),
    };
    /** SQLite names the columns, not the constraint: {@code UNIQUE constraint failed: user.username}. */
    private static final Pattern SQLITE_COLUMNS = Pattern.compile("UNIQUE constraint failed: ([^)\\n]+)");

    private SqlErrors() {
    }

    /** What kind of failure a driver exception reports, as far as Tablesmith treats kinds differently. */
    enum Failure {
        CONSTRAINT,
        /** A lock wait ran out: {@link LockTimeoutException}. */
        LOCK_TIMEOUT,
        /** The database cancelled a statement that ran too long: {@link QueryTimeoutException}. */
        STATEMENT_TIMEOUT,
        /** The connection broke or the server stopped answering: {@link ConnectionLostException}. */
        CONNECTION_LOST,
        /** The statement names a table the database does not have: never created, or not migrated yet. */
        MISSING_TABLE,
        /** A write in a read-only transaction (a read context's) or on a standby: {@link ReadOnlyTransactionException}. */
        READ_ONLY,
        OTHER
    }

    /**
     * Classifies {@code e} by SQL state, vendor code and exception type, as each supported driver reports it:
     * PostgreSQL's SQL states (55P03 lock_not_available, 57014 query_canceled, 57P0x and class 08 for a lost
     * connection), MariaDB's error codes (1205 lock wait timeout, 1969 max_statement_time, 1927 connection
     * killed), H2's (50200 lock timeout, 57014 cancelled) and SQLite's result codes (5 busy, 6 locked).
     */
    static Failure classify(SQLException e) {
        if (isConstraintViolation(e)) {
            return Failure.CONSTRAINT;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        if (state.equals("55P03") || code == MARIADB_LOCK_WAIT_TIMEOUT || code == H2_LOCK_TIMEOUT
                || (isSqlite(e) && (code == SQLITE_BUSY || code == SQLITE_LOCKED))) {
            return Failure.LOCK_TIMEOUT;
        }
        if (state.equals("57014") || code == MARIADB_STATEMENT_TIMEOUT || e instanceof java.sql.SQLTimeoutException) {
            return Failure.STATEMENT_TIMEOUT;
        }
        if (state.equals(READ_ONLY_TRANSACTION)) {
            return Failure.READ_ONLY;
        }
        if (state.equals("42P01") || code == MARIADB_NO_SUCH_TABLE || code == H2_TABLE_NOT_FOUND
                || code == H2_TABLE_NOT_FOUND_IN_SCHEMA || code == H2_TABLE_NOT_FOUND_WITH_CANDIDATES
                || (isSqlite(e) && e.getMessage() != null && e.getMessage().contains("no such table"))) {
            return Failure.MISSING_TABLE;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || code == MARIADB_CONNECTION_KILLED
                || e instanceof java.sql.SQLNonTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException || causedByNetwork(e)) {
            return Failure.CONNECTION_LOST;
        }
        return Failure.OTHER;
    }

    private static boolean isSqlite(SQLException e) {
        return e.getClass().getName().startsWith("org.sqlite.");
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /** Translates a failure of {@code action} on {@code table}, with no more to say about its database. */
    static RuntimeException translate(ModelTable<?> table, String action, SQLException e) {
        return translate(table, action, e, null, false);
    }

    /**
     * Translates a failure of {@code action} on {@code table} into the exception that says what happened.
     *
     * @param bind            the database the statement ran on, for the timeouts it was configured with; may be null
     * @param enclosingHolds  whether a context this thread opened earlier holds a transaction on that database, which
     *                        is then the likely holder of a lock the statement waited for
     */
    static RuntimeException translate(ModelTable<?> table, String action, SQLException e, Bind bind,
            boolean enclosingHolds) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedValueException refused) {
                // Bound by jOOQ (which wraps it) somewhere in a query: the column is not known here.
                return InvalidValueException.of(table, action, null, refused);
            }
        }
        String tableName = table.getName();
        String what = action + " " + table.modelType().getSimpleName() + " (table \"" + tableName + "\")";
        return switch (classify(e)) {
            case CONSTRAINT -> {
                String constraint = constraintName(e.getMessage());
                if (constraint == null) {
                    constraint = uniqueKeyByColumns(table, e.getMessage());
                }
                yield new ConstraintViolationException(what + " violated "
                        + (constraint == null ? "a constraint" : "constraint \"" + constraint + "\"") + ": "
                        + e.getMessage(), tableName, constraint, e);
            }
            case LOCK_TIMEOUT -> new LockTimeoutException(what + " waited"
                    + (bind == null ? "" : " " + Timeouts.describe(bind.timeouts().lock()) + " (the lock timeout)")
                    + " for a lock held by another transaction, and gave up: " + e.getMessage()
                    + (enclosingHolds ? ". A context this thread opened earlier and has not ended holds a transaction "
                            + "on the same database and may hold that lock: waiting longer would wait for itself. "
                            + SessionErrors.joinAdvice() : ""), e);
            case STATEMENT_TIMEOUT -> new QueryTimeoutException(what + " ran longer than "
                    + (bind == null ? "the statement timeout" : "the statement timeout of "
                            + Timeouts.describe(bind.timeouts().statement()))
                    + " and the database cancelled it: " + e.getMessage(), e);
            case CONNECTION_LOST -> new ConnectionLostException(what + " lost its connection"
                    + (bind == null ? "" : " to " + bind.describe() + " (no answer within the socket timeout of "
                            + Timeouts.describe(bind.timeouts().socket()) + ", or the connection was closed)")
                    + ": " + e.getMessage() + ". The database rolls back a lost connection's transaction: nothing "
                    + "this context did there since it began (or last committed) is committed", e);
            case MISSING_TABLE -> new TablesmithException(what + " failed: " + e.getMessage() + ". The table does not "
                    + "exist in " + (bind == null ? "this database" : bind.describe()) + ": create the models' tables "
                    + "with db.createAll(), or apply the schema's migrations", e);
            case READ_ONLY -> readOnly(what, e);
            case OTHER -> new TablesmithException(what + " failed: " + e.getMessage(), e);
        };
    }

    /** A write that {@code what} describes was refused in a read-only transaction. */
    static ReadOnlyTransactionException readOnly(String what, SQLException e) {
        return new ReadOnlyTransactionException(what + " was refused: the transaction is read-only (" + e.getMessage()
                + "). Inside db.inReadContext(...), which may read on a replica, nothing can be written: write in "
                + "db.inContext(...) instead, or in db.inNewContext(...) from inside a read context. (Outside a read "
                + "context, the database itself is read-only: a standby configured as the primary?)", e);
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

package dev.tablesmith;

import java.sql.SQLException;

/**
 * The database refused a write because it broke a constraint (unique, not-null, foreign key, check). The
 * driver's {@link SQLException} is the cause.
 */
public class ConstraintViolationException extends TablesmithException {
    private static final long serialVersionUID = 1L;
    private final String table;
    private final String constraint;

    public ConstraintViolationException(String message, String table, String constraint, SQLException cause) {
        super(message, cause);
        this.table = table;
        this.constraint = constraint;
    }

    /** The table being written. */
    public String table() {
        return table;
    }

    /** The violated constraint's name, or {@code null} when the driver does not report it. */
    public String constraint() {
        return constraint;
    }
}

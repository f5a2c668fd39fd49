package dev.tablesmith.generated;

import java.sql.SQLException;

/**
 * A value {@link JdbcTypes} refused to bind because the database would not store it exactly. It knows only the
 * parameter index; Tablesmith turns it into an {@code InvalidValueException} naming the model and the column bound
 * there.
 */
public final class RefusedValueException extends SQLException {
    private static final long serialVersionUID = 1L;
    /** SQLSTATE class 22 (data exception), subclass 023: invalid parameter value. */
    private static final String INVALID_PARAMETER_VALUE = "22023";

    private final int index;
    private final transient Object value;
    private final String problem;

    RefusedValueException(int index, Object value, String problem) {
        super("Parameter " + index + ": " + problem, INVALID_PARAMETER_VALUE);
        this.index = index;
        this.value = value;
        this.problem = problem;
    }

    /**
     * The same refusal at parameter {@code index}: for a statement that binds many rows, the index the value would
     * have had in a one-row statement, which is what names its column.
     */
    public RefusedValueException atIndex(int index) {
        RefusedValueException moved = new RefusedValueException(index, value, problem);
        moved.initCause(this);
        return moved;
    }

    /** The JDBC parameter index the value was to be bound at. */
    public int index() {
        return index;
    }

    /** The refused value. */
    public Object value() {
        return value;
    }

    /** What is wrong with it, e.g. {@code it is NaN, which MariaDB cannot store}. */
    public String problem() {
        return problem;
    }
}

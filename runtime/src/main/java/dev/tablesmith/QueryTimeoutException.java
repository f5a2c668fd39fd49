package dev.tablesmith;

/** A statement ran longer than the statement timeout and the database cancelled it; it changed nothing. */
public class QueryTimeoutException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

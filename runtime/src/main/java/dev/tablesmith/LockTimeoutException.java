package dev.tablesmith;

/**
 * A statement waited longer than the lock timeout for a row or table lock that another transaction held. The
 * statement did nothing; on PostgreSQL the transaction can then only be rolled back. When the other transaction is
 * one of this thread's own enclosing contexts, waiting longer would never help, and the message says so.
 */
public class LockTimeoutException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

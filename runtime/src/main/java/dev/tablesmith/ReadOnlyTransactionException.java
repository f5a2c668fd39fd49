package dev.tablesmith;

/**
 * The database refused to write in a read-only transaction: that of a read context
 * ({@link Database#inReadContext}), which may run on a replica, where nothing can be written. Write in
 * {@link Database#inContext(ContextTask)} instead. Nothing was written.
 */
public class ReadOnlyTransactionException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyTransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}

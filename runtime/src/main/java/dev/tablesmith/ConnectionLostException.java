package dev.tablesmith;

/**
 * The connection to a database broke, or the database did not answer within the socket timeout, while a context
 * was using it. The database rolls back the transaction of a lost connection, so nothing the context did on that
 * database since its start (or its last commit) is committed.
 */
public class ConnectionLostException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}

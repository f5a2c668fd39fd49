package dev.tablesmith;

/**
 * No connection to a database could be had within the bound: the pool's connections all stayed in use for the
 * whole acquire timeout, the database refused new connections, or the connections this thread's own enclosing
 * contexts hold are the ones that would have to be freed. The message names the database, the wait and the root
 * cause. Nothing of the context was sent to that database.
 */
public class ConnectionUnavailableException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public ConnectionUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.tablesmith;

/**
 * One or more commit listeners failed after a successful commit. <strong>The work is committed</strong>: do not
 * repeat it. Every listener ran; the first failure is the cause and the others are suppressed in it.
 */
public class CommitListenerException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public CommitListenerException(String message, Throwable cause) {
        super(message, cause);
    }
}

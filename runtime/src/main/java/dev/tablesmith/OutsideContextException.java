package dev.tablesmith;

/** The session was asked for on a thread that has no open context. */
public class OutsideContextException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public OutsideContextException(String message) {
        super(message);
    }
}

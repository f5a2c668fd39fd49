package dev.tablesmith;

/** The root of Tablesmith's unchecked exceptions; the message always names the model, table or setting involved. */
public class TablesmithException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TablesmithException(String message) {
        super(message);
    }

    public TablesmithException(String message, Throwable cause) {
        super(message, cause);
    }
}

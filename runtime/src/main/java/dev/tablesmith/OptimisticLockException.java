package dev.tablesmith;

/** An update of a {@link Version}ed row found that another transaction changed or deleted it first. */
public class OptimisticLockException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public OptimisticLockException(String message) {
        super(message);
    }
}

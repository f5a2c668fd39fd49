package dev.tablesmith;

/** A query that must return exactly one row ({@code one()}) returned several. */
public class NonUniqueResultException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public NonUniqueResultException(String message) {
        super(message);
    }
}

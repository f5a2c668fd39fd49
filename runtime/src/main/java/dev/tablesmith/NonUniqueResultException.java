package dev.tablesmith;

/**
 * A query that must return exactly one row ({@code one()}) returned several. Like Flask-SQLAlchemy's
 * {@code one_or_404}, which answers 404 for several rows as for none, it is a {@link NotFoundException}, so a web
 * layer that maps one to a 404 maps both.
 */
public class NonUniqueResultException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public NonUniqueResultException(String message) {
        super(message);
    }
}

package dev.tablesmith;

/** No row matched where one was required: Flask-SQLAlchemy's {@code get_or_404} / {@code first_or_404}. */
public class NotFoundException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}

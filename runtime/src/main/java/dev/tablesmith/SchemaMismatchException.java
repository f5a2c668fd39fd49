package dev.tablesmith;

import java.util.List;

/**
 * Tables that already existed differ from the models: {@link Database#createAll()} leaves an existing table alone
 * (as Flask-SQLAlchemy's {@code create_all()} does), so without this error the first insert would fail on a
 * missing column instead. Each difference is described as the statement that would fix it.
 */
public class SchemaMismatchException extends TablesmithException {
    private static final long serialVersionUID = 1L;
    private final List<String> differences;

    public SchemaMismatchException(String message, List<String> differences) {
        super(message);
        this.differences = List.copyOf(differences);
    }

    /** Each difference, as the statement that would make the table match its model. */
    public List<String> differences() {
        return differences;
    }
}

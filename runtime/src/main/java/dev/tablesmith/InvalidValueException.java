package dev.tablesmith;

import dev.tablesmith.generated.RefusedValueException;
import org.jooq.Field;

/**
 * A value was refused before it reached the database, because the database would not have stored it exactly: text
 * that is not valid Unicode or longer than its column, a decimal with more digits than its column keeps, a date
 * outside the database's range, NaN where the database has none. The message names the model, the column, the
 * value and what is wrong with it.
 */
public class InvalidValueException extends TablesmithException {
    private static final long serialVersionUID = 1L;
    /** Values are quoted in messages up to this many characters; longer ones are cut, with their length. */
    static final int QUOTED_LENGTH = 60;

    private final String table;
    private final String column;

    public InvalidValueException(String message, String table, String column, Throwable cause) {
        super(message, cause);
        this.table = table;
        this.column = column;
    }

    /** The table of the model being written or read. */
    public String table() {
        return table;
    }

    /**
     * The column the value was for, or {@code null} when it is not known (a value in a hand-written jOOQ query or
     * condition that Tablesmith cannot trace to a column).
     */
    public String column() {
        return column;
    }

    /**
     * {@code Inserting Sample (table "sample") refused NaN for column "ratio": it is NaN, which MariaDB cannot
     * store}; {@code column} may be {@code null}.
     */
    static InvalidValueException of(ModelTable<?> table, String action, Field<?> column, RefusedValueException e) {
        String columnName = column == null ? null : column.getName();
        String message = action + " " + table.modelType().getSimpleName() + " (table \"" + table.getName()
                + "\") refused " + quote(e.value()) + (columnName == null ? " for a value of the query"
                        : " for column \"" + columnName + "\"")
                + ": " + e.problem();
        return new InvalidValueException(message, table.getName(), columnName, e);
    }

    /**
     * The value as it appears in a message: text in quotes, with unpaired surrogates and control characters escaped
     * (so the message is itself valid text), shortened when long.
     */
    static String quote(Object value) {
        boolean text = value instanceof String;
        String shown = String.valueOf(value);
        int length = shown.length();
        StringBuilder out = new StringBuilder(Math.min(length, QUOTED_LENGTH) + 32);
        if (text) {
            out.append('"');
        }
        for (int i = 0; i < Math.min(length, QUOTED_LENGTH); i++) {
            char c = shown.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < length && Character.isLowSurrogate(shown.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(shown.charAt(i - 1));
            if ((Character.isSurrogate(c) && !paired) || Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (length > QUOTED_LENGTH) {
            out.append("…");
        }
        if (text) {
            out.append('"');
        }
        if (length > QUOTED_LENGTH) {
            out.append(" (").append(length).append(text ? " chars)" : " characters)");
        }
        return out.toString();
    }
}

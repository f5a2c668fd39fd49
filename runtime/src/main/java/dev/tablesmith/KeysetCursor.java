package dev.tablesmith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jooq.Field;

/**
 * The opaque text of a {@link CursoredPage}'s cursors: the values of the ordering columns of one row, with the
 * column names, so a cursor of another ordering is refused rather than misread. URL-safe, so it can travel in a
 * query string.
 */
final class KeysetCursor {
    private static final char SEPARATOR = '\u001f';
    /**
     * Marks a {@code @Query} method's previous-page cursor, which reads before its row: such a method takes one
     * cursor parameter for both directions. URL-safe, and outside the Base64 alphabet.
     */
    static final String BEFORE = "~";

    private KeysetCursor() {
    }

    static String encode(List<Field<?>> columns, List<Object> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(columns.get(i).getName()).append(SEPARATOR)
                    .append(String.valueOf(values.get(i)));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The values {@code cursor} holds for {@code columns}, converted to their types.
     *
     * @throws IllegalArgumentException when it is not a cursor of this ordering
     */
    static List<Object> decode(String cursor, List<Field<?>> columns) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor(cursor, columns, e);
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != columns.size() * 2) {
            throw notACursor(cursor, columns, null);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!parts[2 * i].equals(columns.get(i).getName())) {
                throw notACursor(cursor, columns, null);
            }
            try {
                values.add(columns.get(i).getDataType().convert(parts[2 * i + 1]));
            } catch (RuntimeException e) {
                throw notACursor(cursor, columns, e);
            }
        }
        return values;
    }

    private static IllegalArgumentException notACursor(String cursor, List<Field<?>> columns, Exception cause) {
        return new IllegalArgumentException("'" + cursor + "' is not a cursor of a query ordered by "
                + columns.stream().map(Field::getName).toList() + "; pass the nextCursor() or previousCursor() of a "
                + "page of the same query", cause);
    }
}

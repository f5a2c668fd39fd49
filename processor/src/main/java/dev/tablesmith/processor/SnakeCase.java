package dev.tablesmith.processor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flask-SQLAlchemy 3.1's table-name rule, ported exactly: an underscore goes before a capital that follows a
 * lower-case letter or digit, and before a capital that starts a new word after an acronym; then everything is
 * lower-cased and leading underscores are dropped. Only ASCII capitals start a word.
 *
 * <pre>
 * re.sub(r"((?&lt;=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name).lower().lstrip("_")
 * </pre>
 */
public final class SnakeCase {
    private static final Pattern WORD_START = Pattern.compile("((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))");

    private SnakeCase() {
    }

    /** {@code HTTPResponse} → {@code http_response}, {@code OAuthToken} → {@code o_auth_token}. */
    public static String of(String name) {
        String snake = WORD_START.matcher(name).replaceAll("_$1").toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < snake.length() && snake.charAt(start) == '_') {
            start++;
        }
        return snake.substring(start);
    }

    /** The Java constant name for a SQL name: {@code http_response} → {@code HTTP_RESPONSE}. */
    static String constant(String sqlName) {
        return sqlName.toUpperCase(Locale.ROOT);
    }
}

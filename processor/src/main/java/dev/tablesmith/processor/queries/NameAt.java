package dev.tablesmith.processor.queries;

import java.util.Locale;
import java.util.Optional;

/**
 * The identifier at a position of a query's SQL, as jOOQ's parser names it: an unquoted one in lower case (the
 * parser folds so), a quoted one ({@code "x"}, {@code `x`}, {@code [x]}) as written. Used to learn which table the
 * parser could not find from where it stopped, since its exception gives the position but not the name.
 */
final class NameAt {
    private NameAt() {
    }

    /** The unqualified identifier starting at {@code at}; empty when there is none, or it is qualified. */
    static Optional<String> of(String sql, int at) {
        if (at < 0 || at >= sql.length()) {
            return Optional.empty();
        }
        char first = sql.charAt(at);
        StringBuilder name = new StringBuilder();
        int end;
        if (first == '"' || first == '`' || first == '[') {
            char close = first == '[' ? ']' : first;
            end = at + 1;
            while (true) {
                if (end >= sql.length()) {
                    return Optional.empty();
                }
                char c = sql.charAt(end++);
                if (c == close) {
                    if (end < sql.length() && sql.charAt(end) == close && close != ']') {
                        name.append(c); // a doubled quote stands for one
                        end++;
                        continue;
                    }
                    break;
                }
                name.append(c);
            }
        } else {
            end = at;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                    || sql.charAt(end) == '$')) {
                end++;
            }
            name.append(sql.substring(at, end).toLowerCase(Locale.ROOT));
        }
        int next = end;
        while (next < sql.length() && Character.isWhitespace(sql.charAt(next))) {
            next++;
        }
        boolean qualified = next < sql.length() && sql.charAt(next) == '.';
        return name.isEmpty() || qualified ? Optional.empty() : Optional.of(name.toString());
    }
}

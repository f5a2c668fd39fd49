package dev.tablesmith.processor.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SQL text outside its quoted strings, quoted identifiers and comments: the {@code :name} placeholders, in
 * order, and whether it holds more than one statement. Used on the user's SQL (to keep the case of the names the
 * parser lower-cases) and on jOOQ's renderings (to learn which placeholder binds which parameter).
 */
final class Placeholders {
    private Placeholders() {
    }

    /** The {@code :name} placeholders in order of appearance, repeats included. */
    static List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        scan(sql, names, null);
        return names;
    }

    /** Each placeholder name by its lower-case form, as the parser reports it. */
    static Map<String, String> byLowerCase(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : names(sql)) {
            names.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        return names;
    }

    /** Whether a {@code ;} separates statements outside quotes (jOOQ emulates some functions with several). */
    static boolean severalStatements(String sql) {
        boolean[] found = new boolean[1];
        scan(sql, new ArrayList<>(), found);
        return found[0];
    }

    private static void scan(String sql, List<String> names, boolean[] semicolon) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2; // a PostgreSQL cast
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                i = end;
            } else {
                if (c == ';' && semicolon != null && !sql.substring(i + 1).isBlank()) {
                    semicolon[0] = true;
                }
                i++;
            }
        }
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}

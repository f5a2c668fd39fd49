package dev.tablesmith.processor;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * SQL words reserved by at least one supported database (SQL:2016, PostgreSQL, MariaDB/MySQL, H2, SQLite) that are
 * likely as table or column names. Tablesmith always quotes identifiers, so these work; the warning is for SQL
 * users write by hand.
 */
final class ReservedWords {
    private static final Set<String> WORDS = Set.of(
            "all", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "cast", "check", "column",
            "constraint", "create", "cross", "current", "current_date", "current_time", "current_timestamp",
            "current_user", "database", "default", "delete", "desc", "distinct", "drop", "else", "end", "except",
            "exists", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "having", "if", "in",
            "index", "inner", "insert", "intersect", "interval", "into", "is", "join", "key", "keys", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "match", "minus", "natural", "not", "null",
            "of", "offset", "on", "or", "order", "outer", "over", "partition", "primary", "range", "references",
            "regexp", "rename", "right", "row", "rows", "select", "session_user", "set", "show", "some", "table",
            "then", "to", "trailing", "true", "union", "unique", "update", "user", "using", "value", "values",
            "when", "where", "window", "with");

    private ReservedWords() {
    }

    static boolean isReserved(String name) {
        return WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Warns on {@code element} that its table or column name is reserved, unless the warnings are off. */
    static void warnIfReserved(ErrorReporter errors, boolean enabled, Element element, String what, String name) {
        if (enabled && isReserved(name)) {
            errors.warning(element, Message.QUOTED_NAME, what, name);
        }
    }
}

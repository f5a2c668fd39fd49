package dev.tablesmith;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;

/**
 * A session's prepared statements, reused for the rest of its unit of work: the fixed DAO statements run again and
 * again within one context. Most contexts run one or two distinct statements, so the first lives in plain fields
 * and a map is made only for a second. Keys are the SQL text itself on the default database (the DAOs pass the same
 * cached {@code String} instances, so the first statement is found by {@code equals}' identity check and the others
 * by hash codes computed once) and are prefixed with the bind's name elsewhere.
 */
final class StatementCache {
    private String firstKey;
    private PreparedStatement first;
    private Map<String, PreparedStatement> more;

    /** The key of {@code sql} on {@code bind}; builds nothing on the default database. */
    static String key(String bind, String sql) {
        return bind.isEmpty() ? sql : bind + '\0' + sql;
    }

    /** The statement prepared for {@code key}, or null. */
    PreparedStatement get(String key) {
        if (key.equals(firstKey)) {
            return first;
        }
        return more == null ? null : more.get(key);
    }

    void put(String key, PreparedStatement statement) {
        if (first == null) {
            firstKey = key;
            first = statement;
        } else {
            if (more == null) {
                more = new HashMap<>(8);
            }
            more.put(key, statement);
        }
    }

    /** Closes every statement; a failure to close is added to {@code failure}, if any, and otherwise dropped. */
    void close(RuntimeException failure) {
        if (more != null) {
            for (PreparedStatement statement : more.values()) {
                closeQuietly(statement, failure);
            }
            more = null;
        }
        if (first != null) {
            closeQuietly(first, failure);
            first = null;
            firstKey = null;
        }
    }

    private static void closeQuietly(AutoCloseable resource, RuntimeException failure) {
        try {
            resource.close();
        } catch (Exception e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}

package dev.tablesmith.generated;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * PostgreSQL keeps JSON in a native {@code jsonb} column, which does not accept a parameter typed as text: JSON is
 * sent untyped, for the server to read as {@code jsonb}.
 */
final class PostgresJdbcTypes extends JdbcTypes {
    PostgresJdbcTypes() {
        super(ValueLimits.POSTGRES);
    }

    @Override
    void writeJson(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value, Types.OTHER);
        }
    }

    /** {@code jsonb} stores strings as Unicode text, which has no room for the escaped NUL character. */
    @Override
    String jsonProblem(String value) {
        int at = value.indexOf("\\u0000");
        return at < 0 ? null : "it contains the escape \\u0000 at index " + at + ", which PostgreSQL's jsonb cannot "
                + "store";
    }
}

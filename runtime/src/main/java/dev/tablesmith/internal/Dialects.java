package dev.tablesmith.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Dialect detection and the jOOQ settings Tablesmith renders SQL with, shared by the runtime and the annotation
 * processor so that both render the same SQL. Internal: not part of the API, and not exported to applications.
 */
public final class Dialects {
    private static final Map<SQLDialect, DSLContext> RENDERERS = new ConcurrentHashMap<>();

    static {
        // jOOQ prints a banner and a "tip of the day" on first use; an application using Tablesmith did not ask for
        // them. An application that sets these properties itself keeps its choice.
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }

    private Dialects() {
    }

    /**
     * The settings for every query: identifiers always quoted (so reserved words such as {@code user} work),
     * and no jOOQ execution logging (Tablesmith records queries itself when asked to).
     */
    public static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
                .withExecuteLogging(false)
                .withRenderSchema(false);
    }

    /** A connection-less context that only renders SQL for {@code dialect}. */
    public static DSLContext renderer(SQLDialect dialect) {
        return RENDERERS.computeIfAbsent(dialect, d -> DSL.using(d, settings()));
    }

    /** The dialect of a JDBC URL, or {@link SQLDialect#DEFAULT} when the URL does not tell. */
    public static SQLDialect fromUrl(String url) {
        return JDBCUtils.dialect(url).family();
    }

    /** The dialect of a live connection, from its metadata. */
    public static SQLDialect fromConnection(Connection connection) throws SQLException {
        SQLDialect dialect = JDBCUtils.dialect(connection).family();
        if (dialect == SQLDialect.MYSQL
                && connection.getMetaData().getDatabaseProductVersion().toLowerCase(java.util.Locale.ROOT)
                        .contains("mariadb")) {
            return SQLDialect.MARIADB;
        }
        return dialect;
    }
}

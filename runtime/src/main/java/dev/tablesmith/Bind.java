package dev.tablesmith;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.tablesmith.generated.JdbcTypes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * One configured database (Flask-SQLAlchemy's bind): its pool, its dialect and the value binder for that dialect.
 *
 * @param name       the bind name; empty for the default database
 * @param dataSource where connections come from
 * @param dialect    the detected SQL dialect family
 * @param types      binds and reads values the way jOOQ does on this dialect
 * @param ownedPool  the pool to close with the {@link Database}, or {@code null} for a caller-owned data source
 * @param poolSize   the most connections the pool hands out at once, or 0 when the caller owns the data source
 * @param timeouts   the bounds the pool and its driver were configured with
 * @param statements the SQL of each table's fixed DAO operations in this dialect, rendered once
 */
record Bind(String name, DataSource dataSource, SQLDialect dialect, JdbcTypes types, AutoCloseable ownedPool,
        int poolSize, Timeouts timeouts, Map<ModelTable<?>, DaoStatements> statements) {

    Bind(String name, DataSource dataSource, SQLDialect dialect, JdbcTypes types, AutoCloseable ownedPool,
            int poolSize, Timeouts timeouts) {
        this(name, dataSource, dialect, types, ownedPool, poolSize, timeouts, new ConcurrentHashMap<>());
    }

    /**
     * The SQL of {@code table}'s fixed DAO operations in this bind's dialect, rendered by jOOQ on first use and then
     * kept for as long as the {@link Database} lives.
     */
    DaoStatements statementsOf(ModelTable<?> table) {
        DaoStatements rendered = statements.get(table);
        return rendered != null ? rendered : statements.computeIfAbsent(table, t -> DaoStatements.render(t, dialect));
    }
    /** How error messages refer to this bind. */
    String describe() {
        return describe(name);
    }

    /** How error messages refer to the bind named {@code name}. */
    static String describe(String name) {
        return name.isEmpty() ? "the default database" : "bind '" + name + "'";
    }

    /**
     * Tells Tablesmith's own pool to replace its idle connections: one of them was found dead, and the others were
     * most likely cut by the same event (a server restart, a failover, killed backends). A caller-owned data source
     * is left to its owner.
     */
    void evictIdleConnections() {
        if (ownedPool != null && dataSource instanceof HikariDataSource pool) {
            HikariPoolMXBean bean = pool.getHikariPoolMXBean();
            if (bean != null) {
                bean.softEvictConnections();
            }
        }
    }

    /**
     * Gives up {@code connection}, found dead: Tablesmith's own pool evicts it (which closes it) instead of taking it
     * back; any other is closed, which is all a caller-owned data source lets us say.
     */
    void discard(java.sql.Connection connection) {
        if (ownedPool != null && dataSource instanceof HikariDataSource pool) {
            pool.evictConnection(connection);
            return;
        }
        try {
            connection.close();
        } catch (java.sql.SQLException e) {
            // Dead already: nothing is left to give back.
        }
    }
}

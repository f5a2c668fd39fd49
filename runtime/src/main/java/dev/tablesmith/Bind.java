package dev.tablesmith;

import dev.tablesmith.spi.JdbcTypes;
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
 */
record Bind(String name, DataSource dataSource, SQLDialect dialect, JdbcTypes types, AutoCloseable ownedPool) {
    /** How error messages refer to this bind. */
    String describe() {
        return name.isEmpty() ? "the default database" : "bind '" + name + "'";
    }
}

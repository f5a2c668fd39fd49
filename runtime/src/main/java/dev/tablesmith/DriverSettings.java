package dev.tablesmith;

import com.zaxxer.hikari.HikariConfig;
import org.jooq.SQLDialect;

/**
 * Passes a {@link Database}'s {@link Timeouts} to the JDBC driver of each pool Tablesmith opens, in the driver's
 * own terms: every driver names and counts them differently, and none bounds all of them by default (PostgreSQL's
 * and MariaDB's drivers wait forever on a server that accepts a connection and never answers). Server-side limits
 * (statement and lock timeouts) are set once per physical connection, so they cost nothing per transaction.
 * Settings in the JDBC URL win over these, so an application can still override one for one database.
 */
final class DriverSettings {
    private DriverSettings() {
    }

    /** Configures {@code hikari}, whose JDBC URL is set, for {@code dialect} and {@code timeouts}. */
    static void apply(HikariConfig hikari, SQLDialect dialect, Timeouts timeouts) {
        hikari.setConnectionTimeout(timeouts.acquire().toMillis());
        hikari.setValidationTimeout(Math.min(timeouts.acquire().toMillis(), timeouts.connect().toMillis()));
        switch (dialect.family()) {
            case POSTGRES -> postgres(hikari, timeouts);
            case MARIADB, MYSQL -> mariadb(hikari, timeouts);
            case H2 -> h2(hikari, timeouts);
            case SQLITE -> sqlite(hikari, timeouts);
            default -> {
                // Unknown drivers get the pool's bounds only.
            }
        }
    }

    private static void postgres(HikariConfig hikari, Timeouts timeouts) {
        long connect = Timeouts.seconds(timeouts.connect());
        hikari.addDataSourceProperty("connectTimeout", Long.toString(connect));
        hikari.addDataSourceProperty("loginTimeout", Long.toString(connect));
        hikari.addDataSourceProperty("socketTimeout", Long.toString(Timeouts.seconds(timeouts.socket())));
        hikari.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis()
                + " -c lock_timeout=" + timeouts.lock().toMillis());
    }

    /**
     * The SQL mode of every MariaDB/MySQL connection Tablesmith opens: the strict mode of MariaDB's own default,
     * with {@code STRICT_ALL_TABLES} for tables of every engine. Without it a server configured non-strict (or a
     * driver told {@code jdbcCompliantTruncation=false}) cuts text to the column's length, clamps decimals to the
     * column's range and stores impossible dates as zero dates, all without an error. It is set by an init
     * statement, which runs after the driver's own set-up, so that settings in the URL (such as
     * {@code sessionVariables}, which would silently win over the same driver property) cannot undo it.
     */
    static final String STRICT_SQL_MODE =
            "STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION";

    private static void mariadb(HikariConfig hikari, Timeouts timeouts) {
        hikari.setConnectionInitSql("SET SESSION sql_mode = '" + STRICT_SQL_MODE + "'");
        hikari.addDataSourceProperty("connectTimeout", Long.toString(timeouts.connect().toMillis()));
        hikari.addDataSourceProperty("socketTimeout", Long.toString(timeouts.socket().toMillis()));
        long lockSeconds = Timeouts.seconds(timeouts.lock());
        // innodb_lock_wait_timeout bounds row locks, lock_wait_timeout metadata locks (DDL against an open
        // transaction); max_statement_time is in seconds with a fraction.
        hikari.addDataSourceProperty("sessionVariables", "innodb_lock_wait_timeout=" + lockSeconds
                + ",lock_wait_timeout=" + lockSeconds
                + ",max_statement_time=" + timeouts.statement().toMillis() / 1000.0);
    }

    private static void h2(HikariConfig hikari, Timeouts timeouts) {
        hikari.addDataSourceProperty("LOCK_TIMEOUT", Long.toString(timeouts.lock().toMillis()));
        hikari.addDataSourceProperty("QUERY_TIMEOUT", Long.toString(timeouts.statement().toMillis()));
    }

    private static void sqlite(HikariConfig hikari, Timeouts timeouts) {
        // SQLite has one writer at a time; a second one waits this long for the database lock.
        hikari.addDataSourceProperty("busy_timeout", Long.toString(timeouts.lock().toMillis()));
        // SQLite enforces foreign keys only when each connection asks for it.
        hikari.setConnectionInitSql("PRAGMA foreign_keys = ON");
    }
}

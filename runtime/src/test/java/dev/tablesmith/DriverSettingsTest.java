package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** Each driver gets every bound in its own terms: names, units and server-side settings differ per driver. */
class DriverSettingsTest {
    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(3),
            Duration.ofSeconds(20), Duration.ofMillis(2500), Duration.ofSeconds(25));

    private static HikariConfig configured(SQLDialect dialect) {
        HikariConfig hikari = new HikariConfig();
        DriverSettings.apply(hikari, dialect, TIMEOUTS);
        return hikari;
    }

    @Test
    void thePoolWaitsTheAcquireTimeout() {
        HikariConfig hikari = configured(SQLDialect.H2);
        assertEquals(3000, hikari.getConnectionTimeout());
        assertEquals(1500, hikari.getValidationTimeout(), "a validation is a connection's first round trip");
    }

    @Test
    void postgresCountsSecondsAndSetsServerTimeoutsInMilliseconds() {
        var properties = configured(SQLDialect.POSTGRES).getDataSourceProperties();
        assertEquals("2", properties.get("connectTimeout"), "1.5 s rounded up: 0 would mean no bound");
        assertEquals("2", properties.get("loginTimeout"));
        assertEquals("25", properties.get("socketTimeout"));
        assertEquals("-c statement_timeout=20000 -c lock_timeout=2500", properties.get("options"));
    }

    @Test
    void mariadbCountsMillisecondsAndSetsSessionVariablesAndStrictMode() {
        HikariConfig hikari = configured(SQLDialect.MARIADB);
        var properties = hikari.getDataSourceProperties();
        assertEquals("1500", properties.get("connectTimeout"));
        assertEquals("25000", properties.get("socketTimeout"));
        assertEquals("innodb_lock_wait_timeout=3,lock_wait_timeout=3,max_statement_time=20.0",
                properties.get("sessionVariables"));
        assertEquals("SET SESSION sql_mode = '" + DriverSettings.STRICT_SQL_MODE + "'", hikari.getConnectionInitSql());
    }

    @Test
    void embeddedDatabasesGetTheirLockAndQueryTimeouts() {
        var h2 = configured(SQLDialect.H2).getDataSourceProperties();
        assertEquals("2500", h2.get("LOCK_TIMEOUT"));
        assertEquals("20000", h2.get("QUERY_TIMEOUT"));
        HikariConfig sqlite = configured(SQLDialect.SQLITE);
        assertEquals("2500", sqlite.getDataSourceProperties().get("busy_timeout"));
        assertEquals("PRAGMA foreign_keys = ON", sqlite.getConnectionInitSql());
    }
}

package dev.tablesmith.it.session;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.tablesmith.Database;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads a database's connection-pool counters, to prove connections are taken lazily and always given back. */
final class Pools {
    private Pools() {
    }

    static int active(Database db) {
        return pool(db.engine()).getActiveConnections();
    }

    static int active(Database db, String bind) {
        return pool(db.engines().get(bind)).getActiveConnections();
    }

    private static HikariPoolMXBean pool(DataSource source) {
        try {
            return source.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        } catch (SQLException e) {
            throw new IllegalStateException("not a Tablesmith pool", e);
        }
    }
}

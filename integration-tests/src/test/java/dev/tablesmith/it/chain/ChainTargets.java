package dev.tablesmith.it.chain;

import dev.tablesmith.BindConfig;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.MigrationChain;
import dev.tablesmith.test.MigrationRun;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a migration chain on one of the test databases: H2 and SQLite embedded and new for each run, the server
 * databases at their configured URLs, emptied first (the test databases are shared by the whole suite).
 */
final class ChainTargets {
    private ChainTargets() {
    }

    static MigrationRun open(MigrationChain chain, TestDatabase target) {
        return switch (target) {
            case H2 -> chain.openOnH2();
            case SQLITE -> chain.openOnSqlite();
            case POSTGRES, MARIADB -> {
                BindConfig server = target.bindConfig();
                yield chain.cleanFirst().open(server.url(), server.user(), server.password());
            }
        };
    }

    /** Drops what the chains left on the server databases, so the suite leaves them as it found them. */
    static void dropLeftovers(String... tables) throws SQLException {
        for (TestDatabase target : new TestDatabase[] {TestDatabase.POSTGRES, TestDatabase.MARIADB}) {
            if (!target.reachable()) {
                continue;
            }
            try (Connection connection = target.adminConnection(); Statement statement = connection.createStatement()) {
                List<String> all = new ArrayList<>(List.of(tables));
                all.addAll(List.of("chain_tag", "chain_note", "chain_archive", "flyway_schema_history"));
                for (String table : all) {
                    statement.execute("drop table if exists " + table);
                }
            }
        }
    }

    static void verify(MigrationChain chain, TestDatabase target) {
        try (MigrationRun run = open(chain, target)) {
            run.verify();
        }
    }
}

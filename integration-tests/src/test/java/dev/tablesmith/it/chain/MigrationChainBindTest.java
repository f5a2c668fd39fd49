package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.BindConfig;
import dev.tablesmith.ModelTable;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.MigrationChain;
import dev.tablesmith.test.MigrationChainError;
import dev.tablesmith.test.MigrationRun;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain of a bind's models ({@code migrations-<bind>/}) is checked against that bind's models; and a database
 * that already holds tables is refused rather than silently migrated on top of them.
 */
class MigrationChainBindTest {
    private static final String REPORT = """
            package chain;
            import dev.tablesmith.*;
            @Model(bind = "reports") public class ChainReport {
                @Id Long id;
                @Column(nullable = false, length = 80) String title;
            }
            """;

    @TempDir
    static Path work;
    static Path schemaDir;
    static ModelTable<?> report;

    @BeforeAll
    static void compileTheBindsModel() throws Exception {
        schemaDir = work.resolve("schema");
        Path classes = EvolvingModels.compileVersion(work.resolve("v1"), schemaDir, Map.of("ChainReport", REPORT));
        report = EvolvingModels.table(new URLClassLoader(new URL[] {classes.toUri().toURL()},
                MigrationChainBindTest.class.getClassLoader()), "chain.ChainReportTable");
    }

    @AfterAll
    static void dropLeftovers() throws SQLException {
        ChainTargets.dropLeftovers("chain_report");
    }

    @AllDatabases
    void aBindsChainIsCheckedAgainstTheBindsModels(TestDatabase target) throws IOException {
        Path migrations = schemaDir.resolve("migrations-reports");
        assertTrue(Files.exists(migrations.resolve(target.key()).resolve("V1__baseline.sql")), migrations::toString);
        MigrationChain chain = MigrationChain.in(migrations).bind("reports").models(report);
        ChainTargets.verify(chain, target);

        MigrationChain withoutTheBind = MigrationChain.in(migrations).models(report);
        RuntimeException noModels = assertThrows(RuntimeException.class, () -> ChainTargets.verify(withoutTheBind,
                target));
        assertTrue(noModels.getMessage().contains("reports"), noModels::getMessage);
    }

    @AllDatabases
    void aDatabaseThatHoldsTablesIsRefused(TestDatabase target) {
        MigrationChain chain = MigrationChain.in(schemaDir.resolve("migrations-reports")).bind("reports")
                .models(report);
        BindConfig database = target.bindConfig(); // one URL for both runs, also for H2 and SQLite
        try (MigrationRun first = chain.cleanFirst().open(database.url(), database.user(), database.password())) {
            first.verify();
        }
        try (MigrationRun second = chain.open(database.url(), database.user(), database.password())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, second::migrateToLatest);
            assertTrue(refused.getMessage().contains("chain_report"), refused::getMessage);
            assertTrue(refused.getMessage().contains("cleanFirst()"), refused::getMessage);
            assertEquals("1", second.version(), "the refused run left the database alone");
        }
    }

    @AllDatabases
    void aChainThatCreatesNothingTheModelsNeedFailsNamingTheTable(TestDatabase target) throws IOException {
        Path empty = work.resolve("empty-" + target.key());
        Files.createDirectories(empty.resolve(target.key()));
        Files.writeString(empty.resolve(target.key()).resolve("V1__nothing.sql"), "-- nothing yet\n");
        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(empty).bind("reports").models(report), target));
        assertTrue(error.getMessage().contains("no migration touches table chain_report"), error::getMessage);
    }
}

package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.MigrationChain;
import dev.tablesmith.test.MigrationChainError;
import dev.tablesmith.test.MigrationRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows stored at one version survive the later migrations: the database is migrated to version 3, loaded with rows
 * as the application stored them then, migrated through the rename of V4 and the new table of V5, and the rows are
 * still there under their new column name (Room's {@code MigrationTestHelper}).
 */
class MigrationDataTest {
    private static final Table<Record> NOTE = DSL.table(DSL.name("chain_note"));
    private static final Table<Record> TAG = DSL.table(DSL.name("chain_tag"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    private static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.VARCHAR);

    @TempDir
    static Path work;
    static EvolvingModels models;

    @BeforeAll
    static void compileTheVersions() throws IOException {
        models = EvolvingModels.compile(work);
    }

    @AfterAll
    static void dropLeftovers() throws SQLException {
        ChainTargets.dropLeftovers();
    }

    @AllDatabases
    void rowsStoredBeforeARenameKeepTheirValuesUnderTheNewName(TestDatabase target) throws Exception {
        MigrationChain chain = MigrationChain.in(models.migrations()).models(models.tables());
        try (MigrationRun run = ChainTargets.open(chain, target)) {
            run.migrateTo("3");
            assertEquals("3", run.version());
            DSLContext dsl = run.dsl();
            dsl.insertInto(NOTE).columns(ID, TITLE, DSL.field(DSL.name("body"), SQLDataType.VARCHAR))
                    .values(1L, "groceries", "milk, eggs").values(2L, "empty", null).execute();

            run.migrateTo("4");
            assertEquals(List.of("milk, eggs"), dsl.select(DSL.field(DSL.name("text"), SQLDataType.VARCHAR))
                    .from(NOTE).where(ID.eq(1L)).fetch(0, String.class));

            IllegalStateException backwards = assertThrows(IllegalStateException.class, () -> run.migrateTo("2"));
            assertTrue(backwards.getMessage().contains("at version 4, past 2"), backwards::getMessage);
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> run.migrateTo("9"));
            assertTrue(unknown.getMessage().contains("[1, 2, 3, 4, 5]"), unknown::getMessage);

            run.migrateToLatest();
            dsl.insertInto(TAG).columns(ID, DSL.field(DSL.name("note_id"), SQLDataType.BIGINT),
                    DSL.field(DSL.name("name"), SQLDataType.VARCHAR)).values(10L, 1L, "home").execute();
            assertEquals(List.of("groceries", "empty"), dsl.select(TITLE).from(NOTE).orderBy(ID).fetch(TITLE));
            run.verify();
        }
    }

    @AllDatabases
    void aMigrationTheStoredRowsViolateFailsNamingIt(TestDatabase target) throws Exception {
        Path broken = models.copyTo(work.resolve("broken-" + target.key()));
        Path dir = broken.resolve(target.key());
        String q = target == TestDatabase.MARIADB ? "`" : "\"";
        Path v6 = Files.writeString(dir.resolve("V6__unique_titles.sql"), "create unique index " + q
                + "chain_note_title_unique" + q + " on " + q + "chain_note" + q + " (" + q + "title" + q + ");\n");
        MigrationChain chain = MigrationChain.in(broken).models(models.tables());
        try (MigrationRun run = ChainTargets.open(chain, target)) {
            run.migrateTo("5");
            run.dsl().insertInto(NOTE).columns(ID, TITLE).values(1L, "same").values(2L, "same").execute();

            MigrationChainError error = assertThrows(MigrationChainError.class, run::migrateToLatest);
            assertEquals(v6, error.failedMigration().orElseThrow(), error::getMessage);
            assertTrue(error.getMessage().contains("V6__unique_titles.sql failed"), error::getMessage);
            assertEquals(2, run.dsl().fetchCount(NOTE), "the rows of version 5 are still there");
        }
    }
}

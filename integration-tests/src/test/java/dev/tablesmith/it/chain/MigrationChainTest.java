package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.MigrationChain;
import dev.tablesmith.test.MigrationChainError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed migration chain of a model that evolved over four changes (a column, an index, a rename, a table
 * with a foreign key), replayed by Flyway on every database, is proved equal to the models; the same chain broken by
 * hand (a dropped line, a wrong type, files out of order, a misnamed file, an extra table) fails the check with a
 * message naming the file to look at.
 */
class MigrationChainTest {
    @TempDir
    static Path work;
    static EvolvingModels models;

    @TempDir
    Path broken;

    @BeforeAll
    static void compileTheVersions() throws IOException {
        models = EvolvingModels.compile(work);
    }

    @AfterAll
    static void dropLeftovers() throws SQLException {
        ChainTargets.dropLeftovers();
    }

    @AllDatabases
    void theChainOfEveryChangeReproducesTheModels(TestDatabase target) throws Exception {
        List<String> chain = names(models.migrations().resolve(target.key()));
        assertEquals(5, chain.size(), chain::toString);
        assertEquals("V1__baseline.sql", chain.get(0));
        assertTrue(chain.get(1).startsWith("V2__table_chain_note_column_body_added"), chain::toString);
        assertTrue(chain.get(2).startsWith("V3__table_chain_note_index_"), chain::toString);
        assertTrue(chain.get(3).startsWith("V4__table_chain_note_column_body_renamed_to_text"), chain::toString);
        assertTrue(chain.get(4).startsWith("V5__table_chain_tag_added"), chain::toString);

        ChainTargets.verify(MigrationChain.in(models.migrations()).models(models.tables()), target);
    }

    @AllDatabases
    void aDroppedLineFailsTheCheckNamingItsMigration(TestDatabase target) throws Exception {
        Path v4 = edit(target, "V4__", sql -> String.join("\n", sql.lines()
                .filter(line -> line.startsWith("--") || !line.contains("rename")).toList()));

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertTrue(error.getMessage().contains("look at " + v4.getFileName() + ", the last migration that touched "
                + "chain_note.text"), error::getMessage);
        assertTrue(error.getMessage().contains("chain_note.body"), error::getMessage);
        assertEquals(2, error.differences().size(), error::getMessage);
    }

    @AllDatabases
    void aWrongTypeFailsTheCheckNamingItsMigration(TestDatabase target) throws Exception {
        Path v5 = edit(target, "V5__", sql -> sql.replaceAll("([\"`]name[\"`]) varchar\\(40\\)", "$1 int"));

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertEquals(1, error.differences().size(), error::getMessage);
        assertTrue(error.differences().get(0).contains("name"), error::getMessage);
        assertTrue(error.getMessage().contains("look at " + v5.getFileName() + ", the last migration that touched "
                + "chain_tag.name"), error::getMessage);
    }

    @AllDatabases
    void aWrongTypeBeforeARenameIsTracedToTheMigrationThatWroteIt(TestDatabase target) throws Exception {
        Path v2 = edit(target, "V2__", sql -> sql.replaceAll("([\"`]body[\"`]) varchar\\(2000\\)", "$1 int"));
        Path v4 = find(broken.resolve(target.key()), "V4__");

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertEquals(1, error.differences().size(), error::getMessage);
        assertTrue(error.getMessage().contains("look at " + v4.getFileName() + ", the last migration that touched "
                + "chain_note.text; before its rename from body: " + v2.getFileName()), error::getMessage);
    }

    @AllDatabases
    void migrationsOutOfOrderFailToApplyNamingTheFileThatFailed(TestDatabase target) throws Exception {
        models.copyTo(broken);
        Path dir = broken.resolve(target.key());
        Path addBody = find(dir, "V2__");
        Path rename = find(dir, "V4__");
        Path renameFirst = dir.resolve(rename.getFileName().toString().replace("V4__", "V2__"));
        Files.move(addBody, dir.resolve(addBody.getFileName().toString().replace("V2__", "V4__")));
        Files.move(rename, renameFirst);

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertEquals(renameFirst, error.failedMigration().orElseThrow(), error::getMessage);
        assertTrue(error.getMessage().contains(renameFirst.getFileName() + " failed"), error::getMessage);
    }

    @AllDatabases
    void aMisnamedMigrationIsRefusedNamingTheFile(TestDatabase target) throws Exception {
        models.copyTo(broken);
        Path v3 = find(broken.resolve(target.key()), "V3__");
        Path misnamed = v3.resolveSibling(v3.getFileName().toString().replace("V3__", "V3_"));
        Files.move(v3, misnamed);

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertTrue(error.getMessage().contains(misnamed.getFileName().toString()), error::getMessage);
    }

    @AllDatabases
    void aTableNoModelMapsFailsTheCheckNamingTheMigrationThatCreatedIt(TestDatabase target) throws Exception {
        models.copyTo(broken);
        String q = target == TestDatabase.MARIADB ? "`" : "\"";
        Path v6 = Files.writeString(broken.resolve(target.key()).resolve("V6__add_chain_archive.sql"),
                "create table " + q + "chain_archive" + q + " (" + q + "id" + q + " int primary key);\n");

        MigrationChainError error = assertThrows(MigrationChainError.class, () -> ChainTargets.verify(
                MigrationChain.in(broken).models(models.tables()), target));
        assertEquals(List.of("the default database: table \"chain_archive\" exists but no model maps it"),
                error.differences());
        assertTrue(error.getMessage().contains(v6.getFileName().toString()), error::getMessage);
    }

    /** A copy of the chain in {@link #broken} with the migration of {@code target} starting {@code prefix} edited. */
    private Path edit(TestDatabase target, String prefix, UnaryOperator<String> change) throws IOException {
        models.copyTo(broken);
        Path file = find(broken.resolve(target.key()), prefix);
        String before = Files.readString(file);
        String after = change.apply(before);
        assertNotEquals(before, after, "the edit changed " + file);
        Files.writeString(file, after);
        return file;
    }

    private static Path find(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

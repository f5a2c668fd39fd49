package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first snapshot comes with a {@code V1__baseline.sql} per dialect that creates the whole schema, so that a new
 * project's migration chain reproduces the models from an empty database on its own.
 */
class BaselineMigrationTest {
    private static final List<String> DIALECTS = List.of("h2", "postgres", "mariadb", "sqlite");

    @TempDir
    Path dir;

    private Compilation compile(boolean update, JavaFileObject... sources) {
        List<String> options = new ArrayList<>(List.of("-Atablesmith.schemaDir=" + dir,
                "-Atablesmith.quotedNameWarnings=false"));
        if (update) {
            options.add("-Atablesmith.schemaUpdate=true");
        }
        return javac().withProcessors(TablesmithProcessor.processors()).withOptions(options).compile(sources);
    }

    @Test
    void theFirstSnapshotWritesABaselineCreatingEveryTableReferencedTablesFirst() throws IOException {
        // Audit sorts before Account by neither name nor source order: only the foreign key puts account first.
        Compilation compilation = compile(true, SnapshotCheckTest.AUDIT,
                SnapshotCheckTest.account("@Column(index = true) String email;"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("baseline migrations");
        for (String dialect : DIALECTS) {
            Path migrations = dir.resolve("migrations").resolve(dialect);
            assertThat(list(migrations)).containsExactly(migrations.resolve("V1__baseline.sql"));
            String baseline = Files.readString(migrations.resolve("V1__baseline.sql"));
            assertThat(baseline).doesNotContain("if not exists");
            int account = baseline.indexOf("create table " + quoted(dialect, "account"));
            int audit = baseline.indexOf("create table " + quoted(dialect, "audit"));
            int index = baseline.indexOf("create index " + quoted(dialect, "account_email_idx"));
            assertWithMessage(baseline).that(account).isAtLeast(0);
            assertThat(audit).isGreaterThan(account);
            assertThat(index).isGreaterThan(audit);
            assertThat(baseline).contains("references " + quoted(dialect, "account"));
        }
    }

    @Test
    void aProposedBaselineFollowsTheModelsUntilTheSnapshotIsAccepted() throws IOException {
        Compilation missing = compile(false, SnapshotCheckTest.account());
        assertThat(missing).failed();
        assertThat(missing).hadErrorContaining("[" + Message.SCHEMA_MISSING.id() + "]");
        Path baseline = dir.resolve("migrations/postgres/V1__baseline.sql");
        assertThat(Files.readString(baseline)).doesNotContain("phone");

        assertThat(compile(true, SnapshotCheckTest.account("String phone;"))).succeeded();
        assertThat(Files.readString(baseline)).contains("\"phone\"");
        assertThat(list(dir.resolve("migrations/postgres"))).containsExactly(baseline);
    }

    @Test
    void aChainCommittedBeforeTheFirstSnapshotIsLeftAlone() throws IOException {
        Path h2 = Files.createDirectories(dir.resolve("migrations/h2"));
        Files.writeString(h2.resolve("V1__create_account.sql"), "create table account (id bigint primary key);\n");
        assertThat(compile(true, SnapshotCheckTest.account())).succeeded();
        assertThat(list(h2)).containsExactly(h2.resolve("V1__create_account.sql"));
        assertThat(list(dir.resolve("migrations/sqlite")))
                .containsExactly(dir.resolve("migrations/sqlite/V1__baseline.sql"));
    }

    @Test
    void aSnapshotCommittedWithoutABaselineGetsOneWhenUpdatingAndKeepsItAfterwards() throws IOException {
        assertThat(compile(true, SnapshotCheckTest.account())).succeeded();
        deleteRecursively(dir.resolve("migrations")); // as a project whose snapshot predates baselines
        assertThat(compile(false, SnapshotCheckTest.account())).succeededWithoutWarnings();
        assertThat(Files.exists(dir.resolve("migrations"))).isFalse();

        Compilation updated = compile(true, SnapshotCheckTest.account());
        assertThat(updated).succeeded();
        assertThat(updated).hadNoteContaining("of the committed snapshot");
        Path baseline = dir.resolve("migrations/postgres/V1__baseline.sql");
        assertThat(Files.readString(baseline)).contains("create table \"account\"");

        Files.writeString(baseline, "-- committed, applied in production: never rewritten\n"
                + Files.readString(baseline));
        assertThat(compile(true, SnapshotCheckTest.account())).succeeded();
        assertThat(Files.readString(baseline)).startsWith("-- committed, applied in production");
    }

    @Test
    void laterChangesFollowTheBaselineAsVersionTwo() throws IOException {
        assertThat(compile(true, SnapshotCheckTest.account())).succeeded();
        assertThat(compile(true, SnapshotCheckTest.account("String phone;"))).succeeded();
        List<Path> chain = list(dir.resolve("migrations/mariadb"));
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1).getFileName().toString()).startsWith("V2__table_account_column_phone_added");
        assertThat(Files.readString(chain.get(0))).doesNotContain("phone");
    }

    private static String quoted(String dialect, String name) {
        return dialect.equals("mariadb") || dialect.equals("sqlite") ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
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
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check against a committed snapshot, with its proposed migrations, and when the schema stage does not
 * run at all.
 */
class SnapshotCheckTest {
    @TempDir
    Path dir;

    static JavaFileObject account(String... extraLines) {
        List<String> lines = new ArrayList<>(List.of("package com.example;", "import dev.tablesmith.*;",
                "@Model public class Account {", "  @Id Long id;", "  @Column(unique = true, nullable = false) String login;"));
        lines.addAll(List.of(extraLines));
        lines.add("}");
        return JavaFileObjects.forSourceLines("com.example.Account", lines);
    }

    static final JavaFileObject AUDIT = JavaFileObjects.forSourceLines("com.example.Audit",
            "package com.example;", "import dev.tablesmith.*;",
            "@Model public record Audit(@Id Long id, @References(Account.class) Long account, String what) {}");

    private Compilation compile(boolean update, JavaFileObject... sources) {
        List<String> options = new ArrayList<>(List.of("-Atablesmith.schemaDir=" + dir,
                "-Atablesmith.quotedNameWarnings=false"));
        if (update) {
            options.add("-Atablesmith.schemaUpdate=true");
        }
        return javac().withProcessors(TablesmithProcessor.processors()).withOptions(options).compile(sources);
    }

    @Test
    void aModelWhoseReferenceDoesNotResolveWritesNoSchemaEvenWhenAskedToUpdateIt() throws IOException {
        assertThat(compile(true, account(), AUDIT)).succeeded();
        String committed = Files.readString(dir.resolve("schema.sql"));
        assertThat(committed).contains("references \"account\"");

        JavaFileObject typo = JavaFileObjects.forSourceLines("com.example.Audit", "package com.example;",
                "import dev.tablesmith.*;", "@Model public record Audit(@Id Long id,",
                "    @References(Acount.class) Long account, String what) {}");
        Compilation compilation = compile(true, account(), typo);
        assertThat(compilation).failed();
        assertThat(Files.readString(dir.resolve("schema.sql"))).isEqualTo(committed);
        assertThat(list(dir)).containsExactly(dir.resolve("migrations"), dir.resolve("schema.sql"));
        assertThat(list(dir.resolve("migrations").resolve("h2"))).hasSize(1); // the baseline, and no new one
        assertThat(compilation).hadErrorContaining("[" + Message.UNRESOLVED_TYPE.id() + "]").inFile(typo)
                .onLineContaining("@References(Acount.class)");
    }

    @Test
    void withoutASnapshotTheCheckAsksForOne() {
        Compilation compilation = compile(false, account());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.SCHEMA_MISSING.id() + "]");
    }

    @Test
    void aChangedModelFailsTheBuildWithAReadableDiffAndProposesMigrations() throws IOException {
        assertThat(compile(true, account())).succeeded();
        assertThat(Files.exists(dir.resolve("schema.sql"))).isTrue();
        assertThat(compile(false, account())).succeeded();

        Compilation drifted = compile(false, account("@Column(index = true) String email;"), AUDIT);
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorContaining("[" + Message.SCHEMA_DRIFT.id() + "]");
        assertThat(drifted).hadErrorContaining("table account: column email added, VARCHAR(255) NULL");
        assertThat(drifted).hadErrorContaining("table audit added");
        assertThat(drifted).hadErrorContaining("index account_email_idx added");
        for (String dialect : List.of("h2", "postgres", "mariadb", "sqlite")) {
            List<Path> files = list(dir.resolve("migrations").resolve(dialect));
            assertThat(files).hasSize(2);
            assertThat(files.get(0).getFileName().toString()).isEqualTo("V1__baseline.sql");
            assertThat(files.get(1).getFileName().toString()).matches("V2__[a-z0-9_]+\\.sql");
            assertThat(Files.readString(files.get(1))).contains("email");
        }

        assertThat(compile(true, account("@Column(index = true) String email;"), AUDIT)).succeeded();
        assertThat(compile(false, account("@Column(index = true) String email;"), AUDIT)).succeeded();
        assertThat(list(dir.resolve("migrations").resolve("h2"))).hasSize(2);
    }

    @Test
    void aSchemaDirectoryTheBuildCannotWriteIsAnErrorThatNamesIt() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("schema-dir"), "a file where the directory should be");
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.schemaDir=" + notADirectory, "-Atablesmith.schemaUpdate=true",
                        "-Atablesmith.quotedNameWarnings=false")
                .compile(account());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.SCHEMA_FILES.id() + "]");
        assertThat(compilation).hadErrorContaining(notADirectory.toString());
        assertThat(compilation.errors().toString()).doesNotContain(Message.INTERNAL_ERROR.id());
        assertThat(Files.readString(notADirectory)).isEqualTo("a file where the directory should be");
    }

    @Test
    void aDropPlusAnAddIsRefusedUntilTheModelSaysItIsARename() throws IOException {
        assertThat(compile(true, account("String email;"))).succeeded();
        Compilation suspect = compile(false, account("String mail;"));
        assertThat(suspect).failed();
        assertThat(suspect).hadErrorContaining("[" + Message.SCHEMA_RENAME.id() + "]");
        assertThat(suspect).hadErrorContaining("column email dropped while mail was added");

        Compilation renamed = compile(true, account("@RenamedFrom(\"email\") String mail;"));
        assertThat(renamed).succeeded();
        String migration = Files.readString(list(dir.resolve("migrations").resolve("postgres")).get(1));
        assertThat(migration).contains("rename column \"email\" to \"mail\"");
        assertThat(migration).contains("-- table account: column email renamed to mail");
        assertThat(migration).doesNotContain("drop");
    }

    @Test
    void destructiveAndLockingStepsAreFlagged() throws IOException {
        assertThat(compile(true, account("String email;"))).succeeded();
        Compilation dropped = compile(false, account(), AUDIT);
        assertThat(dropped).failed();
        assertThat(dropped).hadErrorContaining("DESTRUCTIVE: drops column account.email and its data");
        assertThat(Files.readString(list(dir.resolve("migrations").resolve("mariadb")).get(1)))
                .contains("-- WARNING: DESTRUCTIVE");

        Compilation warnOnly = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.schemaDir=" + dir, "-Atablesmith.schemaCheck=warn",
                        "-Atablesmith.quotedNameWarnings=false")
                .compile(account("String email;", "@Column(nullable = false) String phone;"));
        assertThat(warnOnly).succeeded();
        assertThat(warnOnly).hadWarningContaining("adds a NOT NULL column without a default");

        Compilation narrowed = compile(false, account("@Column(length = 40) String email;"));
        assertThat(narrowed).failed();
        assertThat(narrowed).hadErrorContaining("changes a column's type");
    }

    @Test
    void aModelDroppedByACheckAcrossModelsWritesNoMigrationAndKeepsTheSnapshot() throws IOException {
        assertThat(compile(true, account(), AUDIT)).succeeded();
        Path snapshot = dir.resolve("schema.sql");
        String committed = Files.readString(snapshot);
        assertThat(committed).contains("\"audit\"");

        // Impostor comes first and keeps the table "account"; Account is dropped for mapping it too, and Audit for
        // referencing the dropped Account. Each model alone is valid, so only the checks across models fail.
        JavaFileObject impostor = JavaFileObjects.forSourceLines("com.example.Impostor", "package com.example;",
                "import dev.tablesmith.*;", "@Model(table = \"account\") public class Impostor { @Id Long id; }");
        Compilation dropped = compile(true, impostor, account(), AUDIT);
        assertThat(dropped).failed();
        assertThat(dropped).hadErrorContaining("[" + Message.DUPLICATE_TABLE.id() + "]");
        assertThat(dropped).hadErrorContaining("[" + Message.REFERENCE_INVALID.id() + "]");
        assertThat(list(dir.resolve("migrations").resolve("h2")))
                .containsExactly(dir.resolve("migrations/h2/V1__baseline.sql"));
        assertThat(Files.readString(snapshot)).isEqualTo(committed);
    }

    @Test
    void aServiceFileTheProcessorCannotWriteIsAnErrorAndStopsTheSchemaStage() throws IOException {
        Compilation compilation = javac()
                .withProcessors(new TablesmithProcessor(), new TablesmithSourcesProcessor(), new ServiceFileSquatter())
                .withOptions("-Atablesmith.schemaDir=" + dir, "-Atablesmith.schemaUpdate=true",
                        "-Atablesmith.quotedNameWarnings=false")
                .compile(account());
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.SERVICE_FILE.id() + "]");
        assertThat(compilation).hadErrorContaining(ServiceFileWriter.PATH);
        assertThat(Files.exists(dir.resolve("schema.sql"))).isFalse();
    }

    /** Another processor that writes Tablesmith's service file first, so that the Filer refuses it to Tablesmith. */
    @javax.annotation.processing.SupportedAnnotationTypes("*")
    private static final class ServiceFileSquatter extends javax.annotation.processing.AbstractProcessor {
        @Override
        public javax.lang.model.SourceVersion getSupportedSourceVersion() {
            return javax.lang.model.SourceVersion.latestSupported();
        }

        @Override
        public boolean process(java.util.Set<? extends javax.lang.model.element.TypeElement> annotations,
                javax.annotation.processing.RoundEnvironment round) {
            if (!round.processingOver() && !round.getRootElements().isEmpty()) {
                try {
                    processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                            ServiceFileWriter.PATH).openOutputStream().close();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code -A} options: values Tablesmith understands, case aside, work as before; anything else is an error of
 * the compilation (it has no source line) that names the option and the values to write, and stops the schema
 * stage, instead of quietly meaning the default.
 */
class ProcessorOptionsTest {
    private static final JavaFileObject USER = JavaFileObjects.forSourceLines("com.example.User",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class User { @Id Long id; String name; }");

    @TempDir
    Path dir;

    private static Compilation compile(String... options) {
        return javac().withProcessors(TablesmithProcessor.processors()).withOptions((Object[]) options).compile(USER);
    }

    private static Diagnostic<? extends JavaFileObject> onlyError(Compilation compilation, Message message) {
        assertThat(compilation).failed();
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors().stream()
                .filter(d -> d.getMessage(null).contains("[" + message.id() + "]")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getSource()).isNull(); // an option has no place in the sources
        return errors.get(0);
    }

    @Test
    void aSchemaCheckOtherThanErrorOrWarnIsAnError() throws IOException {
        Compilation compilation = compile("-Atablesmith.schemaDir=" + dir, "-Atablesmith.schemaUpdate=true",
                "-Atablesmith.schemaCheck=maybe");
        assertThat(onlyError(compilation, Message.INVALID_OPTION).getMessage(null)).isEqualTo(
                Message.INVALID_OPTION.format("tablesmith.schemaCheck", "the value \"maybe\"",
                        "-Atablesmith.schemaCheck=error or -Atablesmith.schemaCheck=warn"));
        assertThat(list(dir)).isEmpty(); // no snapshot is written under an option nobody can tell the meaning of
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsAnError() {
        assertThat(onlyError(compile("-Atablesmith.schemaUpdate=yes"), Message.INVALID_OPTION).getMessage(null))
                .contains("-Atablesmith.schemaUpdate=true or -Atablesmith.schemaUpdate=false");
        // Before, anything but "false" meant true, so "off" turned the warnings on.
        assertThat(onlyError(compile("-Atablesmith.quotedNameWarnings=off"), Message.INVALID_OPTION)
                .getMessage(null)).contains("tablesmith.quotedNameWarnings has the value \"off\"");
    }

    @Test
    void anOptionWithoutAValueIsAnError() {
        assertThat(onlyError(compile("-Atablesmith.schemaUpdate"), Message.INVALID_OPTION).getMessage(null))
                .contains("tablesmith.schemaUpdate has no value");
        assertThat(onlyError(compile("-Atablesmith.schemaDir"), Message.INVALID_OPTION).getMessage(null))
                .contains("-Atablesmith.schemaDir=<folder>");
    }

    @Test
    void aMistypedOptionNameIsAnErrorThatSaysTheRightOne() {
        Compilation compilation = compile("-Atablesmith.schemadir=" + dir);
        assertThat(onlyError(compilation, Message.UNKNOWN_OPTION).getMessage(null))
                .contains("write -Atablesmith.schemaDir (option names are case-sensitive)");
        assertThat(onlyError(compile("-Atablesmith.check=warn"), Message.UNKNOWN_OPTION).getMessage(null))
                .contains("Tablesmith's options are tablesmith.quotedNameWarnings, tablesmith.schemaCheck, "
                        + "tablesmith.schemaDir, tablesmith.schemaUpdate");
    }

    @Test
    void validValuesWorkWhateverTheirCase() throws IOException {
        assertThat(compile("-Atablesmith.schemaDir=" + dir, "-Atablesmith.schemaUpdate=TRUE",
                "-Atablesmith.quotedNameWarnings=False")).succeededWithoutWarnings();
        // the snapshot, and the migrations folder with the baseline
        assertThat(list(dir)).containsExactly(dir.resolve("migrations"), dir.resolve("schema.sql"));

        Files.writeString(dir.resolve("schema.sql"), "create table \"other\" (\"id\" bigint);\n");
        Compilation warned = compile("-Atablesmith.schemaDir=" + dir, "-Atablesmith.schemaCheck=Warn");
        assertThat(warned).succeeded();
        assertThat(warned).hadWarningContaining("[" + Message.SCHEMA_DRIFT.id() + "]");
    }

    @Test
    void aBlankSchemaDirTurnsTheCheckOff() {
        assertThat(compile("-Atablesmith.schemaDir= ", "-Atablesmith.schemaCheck=error")).succeeded();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

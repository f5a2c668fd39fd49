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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema snapshot and the proposed migrations follow the time, duration, JSON and embedded columns: adding
 * them to a model is a drift whose migrations add each column; accepting it makes the snapshot match again.
 */
class NewTypesMigrationTest {
    @TempDir
    Path dir;

    private static final JavaFileObject ADDRESS = JavaFileObjects.forSourceLines("com.example.Address",
            "package com.example;", "public record Address(String street, String city) {}");

    private static JavaFileObject event(String... extraLines) {
        List<String> lines = new ArrayList<>(List.of("package com.example;", "import dev.tablesmith.*;",
                "import java.time.*;", "@Model public class Event {", "  @Id Long id;"));
        lines.addAll(List.of(extraLines));
        lines.add("}");
        return JavaFileObjects.forSourceLines("com.example.Event", lines);
    }

    private Compilation compile(boolean update, JavaFileObject model) {
        List<String> options = new ArrayList<>(List.of("-Atablesmith.schemaDir=" + dir,
                "-Atablesmith.quotedNameWarnings=false"));
        if (update) {
            options.add("-Atablesmith.schemaUpdate=true");
        }
        return javac().withProcessors(new TablesmithProcessor()).withOptions(options).compile(model, ADDRESS);
    }

    @Test
    void addingTheColumnsIsADriftWithAMigrationPerDialect() throws IOException {
        assertThat(compile(true, event())).succeeded();
        JavaFileObject grown = event("  OffsetDateTime at;", "  LocalTime opens;", "  Duration length;",
                "  @Json String details;", "  @Embedded Address shipTo;");
        Compilation drifted = compile(false, grown);
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorContaining("[" + Message.SCHEMA_DRIFT.id() + "]");
        assertThat(drifted).hadErrorContaining("table event: column at added, TIMESTAMP(6) WITH TIME ZONE NULL");
        assertThat(drifted).hadErrorContaining("table event: column length added, BIGINT NULL");
        assertThat(drifted).hadErrorContaining("table event: column opens added, TIME(6) NULL");
        assertThat(drifted).hadErrorContaining("table event: column ship_to_city added, VARCHAR(255) NULL");

        // The migrations are rendered from the H2 snapshot, whose JSON column is text: see the README's
        // "Schema snapshots and migrations" for the column types to edit by hand.
        assertThat(migration("postgres")).contains("alter table \"event\" add \"at\" timestamp(6) with time zone;");
        assertThat(migration("postgres")).contains("alter table \"event\" add \"length\" bigint;");
        assertThat(migration("postgres")).contains("alter table \"event\" add \"opens\" time(6);");
        assertThat(migration("mariadb")).contains("alter table `event` add `ship_to_street` varchar(255);");
        assertThat(migration("sqlite")).contains("alter table `event` add `ship_to_city` varchar(255);");
        assertThat(migration("h2")).contains("alter table \"event\" add \"details\" varchar;");
        assertThat(compile(true, grown)).succeeded();
        assertThat(compile(false, grown)).succeeded();
    }

    /** The newest migration of {@code dialect}: the first snapshot also wrote a V1 baseline before it. */
    private String migration(String dialect) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations").resolve(dialect))) {
            List<Path> sorted = files.sorted().toList();
            return Files.readString(sorted.get(sorted.size() - 1));
        }
    }
}

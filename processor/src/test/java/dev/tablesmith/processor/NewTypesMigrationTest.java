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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema snapshot and the proposed migrations follow the time, duration, JSON and embedded columns: adding
 * them to a model is a drift whose migrations add each column as that dialect's {@code createAll()} DDL defines it
 * (the snapshot's H2 types would be wrong on the server databases); accepting it makes the snapshot match again.
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

    private Compilation compile(boolean update, JavaFileObject... models) {
        List<String> options = new ArrayList<>(List.of("-Atablesmith.schemaDir=" + dir,
                "-Atablesmith.quotedNameWarnings=false"));
        if (update) {
            options.add("-Atablesmith.schemaUpdate=true");
        }
        List<JavaFileObject> sources = new ArrayList<>(List.of(models));
        sources.add(ADDRESS);
        return javac().withProcessors(TablesmithProcessor.processors()).withOptions(options).compile(sources);
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

        // The descriptions name the snapshot's (H2's) types; each dialect's migration has its own.
        assertThat(migration("postgres")).contains("alter table \"event\" add \"at\" timestamp(6) with time zone;");
        assertThat(migration("postgres")).contains("alter table \"event\" add \"length\" bigint;");
        assertThat(migration("postgres")).contains("alter table \"event\" add \"opens\" time(6);");
        assertThat(migration("postgres")).contains("alter table \"event\" add \"details\" jsonb;");
        assertThat(migration("mariadb")).contains("alter table `event` add `at` datetime(6) null;");
        assertThat(migration("mariadb")).contains("alter table `event` add `details` json null;");
        assertThat(migration("mariadb")).contains("alter table `event` add `ship_to_street` varchar(255);");
        assertThat(migration("sqlite")).contains("alter table `event` add `at` datetime(6) null;");
        assertThat(migration("sqlite")).contains("alter table `event` add `length` int8;");
        assertThat(migration("sqlite")).contains("alter table `event` add `ship_to_city` varchar(255);");
        assertThat(migration("h2")).contains("alter table \"event\" add \"details\" varchar;");
        assertThat(compile(true, grown)).succeeded();
        assertThat(compile(false, grown)).succeeded();
    }

    @Test
    void everyDialectAddsTheColumnsExactlyAsItsCreateAllDdlDefinesThem() throws IOException {
        assertThat(compile(true, event())).succeeded();
        JavaFileObject grown = event("  Instant seen;", "  @Column(nullable = false) Instant created;",
                "  OffsetDateTime at;", "  LocalTime opens;", "  @Column(nullable = false, defaultValue = \"0\") "
                + "Duration length;", "  @Json String details;", "  @Json @Column(nullable = false) String tags;");
        Compilation accepted = compile(true, grown);
        assertThat(accepted).succeeded();

        for (String dialect : DIALECTS) {
            String ddl = createAllDdl(accepted, dialect);
            String migration = migration(dialect);
            for (String column : List.of("seen", "created", "at", "opens", "length", "details", "tags")) {
                assertWithMessage(dialect + " " + column).that(migration)
                        .contains("alter table " + quoted(dialect, "event") + " add " + definition(ddl, dialect, column)
                                + ";");
            }
        }
        assertThat(migration("postgres")).contains("add \"tags\" jsonb not null;");
        assertThat(migration("postgres")).contains("add \"length\" bigint not null default 0;");
        assertThat(migration("mariadb")).contains("add `created` datetime(6) not null;");
        assertThat(migration("mariadb")).contains("add `tags` json not null;");
        assertThat(migration("sqlite")).contains("add `seen` datetime(6) null;");
        assertThat(migration("sqlite")).contains("add `opens` datetime(6);");
        assertThat(migration("h2")).contains("add \"created\" timestamp(6) with time zone not null;");
    }

    @Test
    void aNewTableIsCreatedAsEachDialectsCreateAllDdlCreatesIt() throws IOException {
        assertThat(compile(true, event())).succeeded();
        JavaFileObject reading = JavaFileObjects.forSourceLines("com.example.Reading", "package com.example;",
                "import dev.tablesmith.*;", "import java.time.*;", "@Model public class Reading {", "  @Id Long id;",
                "  @References(Event.class) Long event;", "  @Column(nullable = false) Instant taken;",
                "  OffsetDateTime at;", "  LocalTime opens;", "  Duration length;", "  @Json String details;", "}");
        Compilation accepted = compile(true, event(), reading);
        assertThat(accepted).succeeded();

        for (String dialect : DIALECTS) {
            String create = createAllDdl(accepted, dialect).lines()
                    .filter(line -> line.startsWith("create table if not exists " + quoted(dialect, "reading")))
                    .findFirst().orElseThrow().replace(" if not exists", "");
            assertWithMessage(dialect).that(create).contains("foreign key");
            assertWithMessage(dialect).that(migration(dialect)).isEqualTo("-- table reading added\n" + create + "\n\n");
        }
        assertThat(migration("postgres")).contains("\"taken\" timestamp(6) with time zone not null, ");
        assertThat(migration("postgres")).contains("\"details\" jsonb");
        assertThat(migration("mariadb")).contains("`taken` datetime(6) not null, `at` datetime(6) null, ");
        assertThat(migration("mariadb")).contains("`details` json null");
        assertThat(migration("sqlite")).contains("`taken` datetime(6) not null, `at` datetime(6) null, ");
    }

    @Test
    void aColumnThatBecomesJsonChangesToEachDialectsJsonType() throws IOException {
        assertThat(compile(true, event("  @Column(nullable = false) String details;"))).succeeded();
        Compilation drifted = compile(false, event("  @Json @Column(nullable = false) String details;"));
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorContaining("table event: column details type changed to VARCHAR NOT NULL");

        assertThat(migration("postgres")).contains("alter table \"event\" alter \"details\" type jsonb;");
        assertThat(migration("mariadb"))
                .contains("alter table `event` change column `details` `details` json not null;");
        assertThat(migration("h2")).contains("alter table \"event\" alter \"details\" varchar not null;");
    }

    private static final List<String> DIALECTS = List.of("h2", "postgres", "mariadb", "sqlite");

    /** The newest migration of {@code dialect}: the first snapshot also wrote a V1 baseline before it. */
    private String migration(String dialect) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations").resolve(dialect))) {
            List<Path> sorted = files.sorted().toList();
            return Files.readString(sorted.get(sorted.size() - 1));
        }
    }

    /** What {@code createAll()} runs on {@code dialect}, as the compilation generated it. */
    private static String createAllDdl(Compilation compilation, String dialect) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tablesmith/ddl/" + dialect + ".sql")
                .orElseThrow().getCharContent(true).toString();
    }

    /** The quoted name and definition of {@code column} in {@code ddl}, up to the comma that ends it. */
    private static String definition(String ddl, String dialect, String column) {
        Matcher matcher = Pattern.compile(Pattern.quote(quoted(dialect, column)) + " (?:[^,()]|\\([^)]*\\))+")
                .matcher(ddl);
        assertWithMessage(ddl).that(matcher.find()).isTrue();
        return matcher.group();
    }

    private static String quoted(String dialect, String name) {
        return dialect.equals("mariadb") || dialect.equals("sqlite") ? "`" + name + "`" : "\"" + name + "\"";
    }
}

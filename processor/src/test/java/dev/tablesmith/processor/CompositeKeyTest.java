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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code @Id} fields make one composite primary key: the generated table declares it over all of them, the
 * DAO takes a {@code Key} record and offers lookups by the key's values in declaration order, and the schema lists
 * every key column.
 */
class CompositeKeyTest {
    private static final JavaFileObject BOOK = JavaFileObjects.forSourceLines("com.example.Book",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class Book { @Id Long id; String title; }");
    private static final JavaFileObject TAG = JavaFileObjects.forSourceLines("com.example.Tag",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record Tag(@Id Long id, String name) {}");
    private static final JavaFileObject BOOK_TAG = JavaFileObjects.forSourceLines("com.example.BookTag",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record BookTag(@Id @References(Book.class) long bookId,",
            "        @Id @References(Tag.class) long tagId, int position) {}");

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    @Test
    void aJoinModelMatchesItsGoldenFiles() {
        Compilation compilation = compile(BOOK, TAG, BOOK_TAG);
        assertThat(compilation).succeeded();
        Golden.assertGenerated(compilation, "com.example.BookTagTable", "BookTagTable.java");
        Golden.assertGenerated(compilation, "com.example.BookTagDao", "BookTagDao.java");
    }

    @Test
    void theLookupsTakeTheKeyValuesInDeclarationOrder() {
        JavaFileObject caller = JavaFileObjects.forSourceLines("com.example.Caller",
                "package com.example;",
                "import java.util.Optional;",
                "class Caller {",
                "    static void use(BookTagDao links) {",
                "        Optional<BookTag> found = links.findById(1L, 2L);",
                "        BookTag got = links.getById(1L, 2L);",
                "        boolean exists = links.existsById(1L, 2L);",
                "        boolean deleted = links.deleteById(1L, 2L);",
                "        BookTagDao.Key key = new BookTagDao.Key(1L, 2L);",
                "        Optional<BookTag> same = links.findById(key);",
                "        java.util.List<Object> values = key.values();",
                "    }",
                "}");
        assertThat(compile(BOOK, TAG, BOOK_TAG, caller)).succeeded();
    }

    @Test
    void aJoinModelAddedLaterIsAMigrationCreatingItsCompositeKey(@TempDir Path dir) throws IOException {
        List<String> options = List.of("-Atablesmith.schemaDir=" + dir, "-Atablesmith.quotedNameWarnings=false");
        List<String> update = List.of("-Atablesmith.schemaDir=" + dir, "-Atablesmith.quotedNameWarnings=false",
                "-Atablesmith.schemaUpdate=true");
        assertThat(javac().withProcessors(TablesmithProcessor.processors()).withOptions(update).compile(BOOK, TAG))
                .succeeded();
        Compilation drifted = javac().withProcessors(TablesmithProcessor.processors()).withOptions(options)
                .compile(BOOK, TAG, BOOK_TAG);
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorContaining("table book_tag added");
        for (String dialect : List.of("h2", "postgres", "mariadb", "sqlite")) {
            try (var files = Files.list(dir.resolve("migrations").resolve(dialect))) {
                List<Path> sorted = files.sorted().toList(); // V1 is the first snapshot's baseline
                String migration = Files.readString(sorted.get(sorted.size() - 1));
                assertThat(migration).contains("book_tag");
                assertThat(migration).containsMatch("primary key \\(.book_id., .tag_id.\\)");
            }
        }
    }

    @Test
    void theSchemaListsEveryKeyColumnAndGeneratesNone() throws Exception {
        Compilation compilation = compile(BOOK, TAG, BOOK_TAG);
        String ddl = compilation.generatedFiles().stream()
                .filter(f -> f.getName().endsWith("h2.sql"))
                .findFirst().orElseThrow().getCharContent(true).toString();
        assertThat(ddl).contains("constraint \"book_tag_pkey\" primary key (\"book_id\", \"tag_id\")");
        assertThat(ddl).doesNotContain("\"book_id\" bigint generated");
        String snapshot = compilation.generatedFiles().stream()
                .filter(f -> f.getName().endsWith(".json"))
                .findFirst().orElseThrow().getCharContent(true).toString();
        assertThat(snapshot).contains("\"primaryKey\": [\"book_id\", \"tag_id\"]");
    }
}

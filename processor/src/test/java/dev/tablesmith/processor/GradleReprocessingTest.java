package dev.tablesmith.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compilation Gradle's incremental build runs after one model changed: javac compiles that model's source alone,
 * into the output of the previous build (from which Gradle deleted the changed model's classes and every aggregating
 * output), and is given the unchanged models by class name, so that the aggregating processor sees them again, read
 * from their class files. The registry and the schema must still cover every model, exactly as a full build writes
 * them, and the changed model's own sources must be written again.
 */
class GradleReprocessingTest {
    private static final String AUTHOR_RECORD = """
            package com.example;
            import dev.tablesmith.*;
            @Model public record Author(@Id Long id, @Column(unique = true, nullable = false) String name) {}
            """;
    private static final String AUTHOR_CLASS = """
            package com.example;
            import dev.tablesmith.*;
            @Model public class Author {
                @Id final Long id;
                @Column(unique = true, nullable = false) final String name;
                public Author(Long id, String name) {
                    this.id = id;
                    this.name = name;
                }
                public Long id() { return id; }
                public String name() { return name; }
            }
            """;
    private static final String BOOK = """
            package com.example;
            import dev.tablesmith.*;
            @Model public class Book {
                @Id Long id;
                String title;
                @References(Author.class) Long authorId;
            }
            """;
    private static final String BOOK_EDITED = BOOK.replace("String title;", "String title;\n    int pages;");

    @TempDir
    Path dir;

    @Test
    void aRecompiledModelGetsItsSourcesAgainAndTheRegistryAndSchemaStillCoverTheModelsReadFromClassFiles()
            throws IOException {
        Path sources = write(dir.resolve("src"), AUTHOR_RECORD, BOOK);
        Path full = dir.resolve("full");
        assertEquals(List.of(), compile(full, dir.resolve("full-gen"), List.of(), sources.resolve("Author.java"),
                sources.resolve("Book.java")));

        // What a full build writes with the edited Book, to compare the incremental build with.
        Path edited = write(dir.resolve("src2"), AUTHOR_RECORD, BOOK_EDITED);
        Path expected = dir.resolve("expected");
        assertEquals(List.of(), compile(expected, dir.resolve("expected-gen"), List.of(),
                edited.resolve("Author.java"), edited.resolve("Book.java")));

        Path incremental = previousBuildWithoutBook(full);
        Path generated = dir.resolve("incremental-gen");
        assertEquals(List.of(), compile(incremental, generated, List.of("com.example.Author"),
                edited.resolve("Book.java")));

        assertTrue(Files.exists(generated.resolve("com/example/BookTable.java")), "BookTable written again");
        assertTrue(Files.readString(generated.resolve("com/example/BookTable.java")).contains("PAGES"));
        assertTrue(Files.exists(generated.resolve("com/example/BookDao.java")), "BookDao written again");
        for (String resource : List.of(ServiceFileWriter.PATH, SchemaFiles.JSON_RESOURCE,
                "META-INF/tablesmith/ddl/h2.sql", TableIndexWriter.DIRECTORY + "author",
                TableIndexWriter.DIRECTORY + "book")) {
            assertEquals(read(expected.resolve(resource)), read(incremental.resolve(resource)), resource);
        }
        assertTrue(read(incremental.resolve(ServiceFileWriter.PATH)).contains("com.example.AuthorTable"));
        // The isolating processor writes the unchanged model's sources again too (it is shown the model), from its
        // class file: they must be those of its source.
        assertEquals(read(dir.resolve("expected-gen/com/example/AuthorTable.java")),
                read(generated.resolve("com/example/AuthorTable.java")));
        assertEquals(read(dir.resolve("expected-gen/com/example/AuthorDao.java")),
                read(generated.resolve("com/example/AuthorDao.java")));
    }

    @Test
    void aClassModelReadFromAClassFileWithoutParameterNamesIsAnErrorThatSaysToCompileWithParameters()
            throws IOException {
        Path sources = write(dir.resolve("src"), AUTHOR_CLASS, BOOK);
        Path full = dir.resolve("full");
        assertEquals(List.of(), compile(full, dir.resolve("full-gen"), List.of(), sources.resolve("Author.java"),
                sources.resolve("Book.java")));
        List<String> errors = compile(previousBuildWithoutBook(full), dir.resolve("gen"),
                List.of("com.example.Author"), sources.resolve("Book.java"));
        // Book, which references Author, is reported too, on its reference: no code is generated for either.
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(Message.NO_PARAMETER_NAMES.format("com.example.Author"), errors.get(0));
        assertTrue(errors.get(1).startsWith("[" + Message.REFERENCE_INVALID.id() + "]"), errors.get(1));

        Path withNames = dir.resolve("with-names");
        assertEquals(List.of(), compile(withNames, dir.resolve("with-names-gen"), List.of(), List.of("-parameters"),
                sources.resolve("Author.java"), sources.resolve("Book.java")));
        assertEquals(List.of(), compile(previousBuildWithoutBook(withNames), dir.resolve("gen2"),
                List.of("com.example.Author"), List.of("-parameters"), sources.resolve("Book.java")));
    }

    /**
     * A copy of the build output {@code full} as Gradle leaves it before recompiling Book: without Book's classes,
     * those generated from it, and the aggregating processor's outputs.
     */
    private Path previousBuildWithoutBook(Path full) throws IOException {
        Path copy = dir.resolve(full.getFileName() + "-incremental");
        try (Stream<Path> files = Files.walk(full)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(full.relativize(file).toString());
                String name = full.relativize(file).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!name.startsWith("com/example/Book") && !name.startsWith("META-INF/")
                        && !name.startsWith("tablesmith/")) {
                    Files.copy(file, target);
                }
            }
        }
        assertFalse(Files.exists(copy.resolve(ServiceFileWriter.PATH)));
        return copy;
    }

    private List<String> compile(Path output, Path generated, List<String> classNames, Path... units)
            throws IOException {
        return compile(output, generated, classNames, List.of(), units);
    }

    /** Compiles {@code units} into {@code output}, which is on the class path; returns the error messages. */
    private List<String> compile(Path output, Path generated, List<String> classNames, List<String> extra,
            Path... units) throws IOException {
        Files.createDirectories(output);
        Files.createDirectories(generated);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-s", generated.toString(),
                    "-cp", output + File.pathSeparator + System.getProperty("java.class.path"),
                    "-Atablesmith.quotedNameWarnings=false", "-proc:full"));
            options.addAll(extra);
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options,
                    classNames.isEmpty() ? null : classNames, files.getJavaFileObjects(units));
            task.setProcessors(TablesmithProcessor.processors());
            task.call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    private static Path write(Path folder, String... sources) throws IOException {
        Files.createDirectories(folder);
        for (String source : sources) {
            String name = source.replaceFirst("(?s).*?public (?:record|class) (\\w+).*", "$1");
            Files.writeString(folder.resolve(name + ".java"), source);
        }
        return folder;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

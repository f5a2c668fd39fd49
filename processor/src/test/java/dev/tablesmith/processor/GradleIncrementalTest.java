package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradle's contract for incremental annotation processing, held against the real processors: the isolating
 * {@link TablesmithSourcesProcessor} gives each file it writes exactly one originating element, the model it was
 * generated from, and writes nothing that spans models; the aggregating {@link TablesmithProcessor} writes everything
 * that does and is shown only annotations of CLASS retention; and both are declared so in the jar.
 */
class GradleIncrementalTest {
    private static final String SOURCES = "TablesmithSourcesProcessor";
    private static final String AGGREGATE = "TablesmithProcessor";

    private static final JavaFileObject AUTHOR = source("Author",
            "@Model public class Author {",
            "    @Id Long id;",
            "    @Column(unique = true) String name;",
            "    @Embedded Address address;",
            "    @Related List<Book> books;",
            "}");
    private static final JavaFileObject ADDRESS = source("Address",
            "public record Address(String street, String city) {}");
    private static final JavaFileObject BOOK = source("Book",
            "@Model public class Book {",
            "    @Id Long id;",
            "    String title;",
            "    @References(Author.class) Long authorId;",
            "    @Related Author author;",
            "    @Related(through = BookTag.class) List<Tag> tags;",
            "}");
    private static final JavaFileObject TAG = source("Tag",
            "@Model(bind = \"tags\") public record Tag(@Id Long id, String name,",
            "        @Related(through = BookTag.class) List<Book> books) {}");
    private static final JavaFileObject BOOK_TAG = source("BookTag",
            "@Model public record BookTag(@Id @References(Book.class) long bookId,",
            "        @Id @References(Tag.class) long tagId) {}");
    private static final JavaFileObject BOOK_QUERIES = source("BookQueries",
            "@Queries public interface BookQueries {",
            "    @Query(\"select * from book where author_id = :authorId order by title\")",
            "    List<Book> byAuthor(long authorId);",
            "    @Find List<Book> byTitle(String title);",
            "}");

    private static JavaFileObject source(String name, String... body) {
        String[] lines = new String[body.length + 3];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        System.arraycopy(body, 0, lines, 3, body.length);
        return JavaFileObjects.forSourceLines("com.example." + name, lines);
    }

    /** The processors in the order javac finds them in the jar, or the other way round. */
    private static List<Processor> processors(boolean reversed) {
        List<Processor> processors = new ArrayList<>(TablesmithProcessor.processors());
        if (reversed) {
            Collections.reverse(processors);
        }
        return processors;
    }

    @ParameterizedTest(name = "reversed = {0}")
    @ValueSource(booleans = {false, true})
    void eachModelsSourcesHaveThatModelAsTheirOnlyOriginAndTheAggregatingOutputsAreTheOtherProcessors(
            boolean reversed) {
        RecordingProcessors recording = new RecordingProcessors();
        Compilation compilation = javac().withProcessors(recording.wrap(processors(reversed)))
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(AUTHOR, ADDRESS, BOOK, TAG, BOOK_TAG, BOOK_QUERIES);
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, Set<String>> isolated = new LinkedHashMap<>();
        for (RecordingProcessors.CreatedFile file : recording.filesOf(SOURCES)) {
            String model = file.name().replaceFirst("(Table|Dao)$", "");
            assertEquals(Set.of(model), file.origins(), file.name() + " must originate from its model alone");
            isolated.computeIfAbsent(model, m -> new java.util.TreeSet<>()).add(file.name());
        }
        assertEquals(Map.of(
                "com.example.Author", Set.of("com.example.AuthorDao", "com.example.AuthorTable"),
                "com.example.Book", Set.of("com.example.BookDao", "com.example.BookTable"),
                "com.example.Tag", Set.of("com.example.TagDao", "com.example.TagTable"),
                "com.example.BookTag", Set.of("com.example.BookTagDao", "com.example.BookTagTable")), isolated);

        Set<String> aggregated = recording.filesOf(AGGREGATE).stream().map(RecordingProcessors.CreatedFile::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> spanning = Set.of("com.example.BookQueriesImpl", ServiceFileWriter.PATH,
                SchemaFiles.JSON_RESOURCE, TableIndexWriter.DIRECTORY + "author", TableIndexWriter.DIRECTORY + "book",
                TableIndexWriter.DIRECTORY + "tag", TableIndexWriter.DIRECTORY + "book_tag");
        assertTrue(aggregated.containsAll(spanning), aggregated.toString());
        Set<String> ddl = new java.util.TreeSet<>(aggregated);
        ddl.removeAll(spanning);
        assertTrue(ddl.contains("META-INF/tablesmith/ddl/h2.sql") && ddl.stream()
                .allMatch(path -> path.matches("META-INF/tablesmith/ddl/\\w+\\.sql")), ddl.toString());
        assertEquals(recording.files.size(), recording.filesOf(SOURCES).size() + aggregated.size(),
                "every file is written once, by one of the two processors");
    }

    @ParameterizedTest(name = "reversed = {0}")
    @ValueSource(booleans = {false, true})
    void theAggregatingProcessorIsShownEveryModelAnnotationAndNoneOfSourceRetention(boolean reversed) {
        RecordingProcessors recording = new RecordingProcessors();
        Compilation compilation = javac().withProcessors(recording.wrap(processors(reversed)))
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(AUTHOR, ADDRESS, BOOK, TAG, BOOK_TAG, BOOK_QUERIES);
        assertThat(compilation).succeeded();
        List<RecordingProcessors.Shown> shown = recording.shown.stream()
                .filter(s -> s.processor().equals(AGGREGATE)).toList();
        // Gradle records the types an aggregating processor must see again from the annotations it is shown, and
        // recompiles everything when one of them has SOURCE retention, as @Generated has.
        assertTrue(shown.get(0).annotations().containsAll(Set.of("dev.tablesmith.Model", "dev.tablesmith.Queries",
                "dev.tablesmith.Id", "dev.tablesmith.References")), shown.get(0).toString());
        assertTrue(shown.stream().allMatch(s -> s.annotations().stream().allMatch(a -> a.startsWith("dev.tablesmith."))),
                shown.toString());
    }

    @Test
    void everyErrorIsReportedOnceAndAModelWithErrorsGeneratesNothing() {
        JavaFileObject broken = source("Broken", "@Model public class Broken {", "    String name;", "}");
        JavaFileObject twin = source("Twin", "@Model(table = \"book\") public class Twin {", "    @Id Long id;", "}");
        RecordingProcessors recording = new RecordingProcessors();
        Compilation compilation = javac().withProcessors(recording.wrap(TablesmithProcessor.processors()))
                .withOptions("-Atablesmith.quotedNameWarnings=false").compile(broken, twin, BOOK_PLAIN);
        assertThat(compilation).failed();
        assertEquals(1, compilation.errors().stream()
                .filter(e -> e.getMessage(null).contains("[" + Message.MISSING_ID.id() + "]")).count());
        assertEquals(1, compilation.errors().stream()
                .filter(e -> e.getMessage(null).contains("[" + Message.DUPLICATE_TABLE.id() + "]")).count());
        assertEquals(2, compilation.errors().size(), compilation.errors().toString());
        // The clash is reported on the later model, Book, which is dropped with Broken; Twin still generates.
        assertEquals(List.of("com.example.TwinTable", "com.example.TwinDao"), recording.filesOf(SOURCES).stream()
                .map(RecordingProcessors.CreatedFile::name).toList());
    }

    private static final JavaFileObject BOOK_PLAIN = source("Book",
            "@Model public class Book {", "    @Id Long id;", "    String title;", "}");

    @Test
    void eitherProcessorAloneIsAnErrorThatNamesTheOther() {
        for (Processor alone : TablesmithProcessor.processors()) {
            Compilation compilation = javac().withProcessors(alone)
                    .withOptions("-Atablesmith.quotedNameWarnings=false").compile(BOOK_PLAIN);
            assertThat(compilation).failed();
            String other = alone instanceof TablesmithProcessor ? TablesmithSourcesProcessor.class.getName()
                    : TablesmithProcessor.class.getName();
            assertThat(compilation).hadErrorContaining("[" + Message.PROCESSOR_MISSING.id() + "] "
                    + alone.getClass().getName() + " ran without " + other);
        }
    }

    @Test
    void theJarDeclaresEachProcessorWithItsGradleCategoryAndRegistersBothForJavac() throws IOException {
        assertEquals(List.of(TablesmithProcessor.class.getName() + ",aggregating",
                TablesmithSourcesProcessor.class.getName() + ",isolating"),
                lines("META-INF/gradle/incremental.annotation.processors"));
        // javac and Gradle run them in this order, the order of processors(): the aggregating one first.
        assertEquals(TablesmithProcessor.processors().stream().map(p -> p.getClass().getName()).toList(),
                lines("META-INF/services/javax.annotation.processing.Processor"));
    }

    /** The non-blank lines of the resource at {@code path} in the processor's own classes or jar. */
    private static List<String> lines(String path) throws IOException {
        List<String> lines = new ArrayList<>();
        for (URL url : Collections.list(TablesmithProcessor.class.getClassLoader().getResources(path))) {
            if (!url.toString().contains("/processor/target/classes/")) {
                continue; // other jars on the test class path declare their own processors
            }
            try (InputStream in = url.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            }
        }
        return lines;
    }
}

package dev.tablesmith.processor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jooq.SQLDialect;

/**
 * Where the schema stage's files are, and the only class that reads or writes them: the class-path resources
 * through javac's {@link Filer}, and the snapshot and migrations in the source tree ({@code -Atablesmith.schemaDir}),
 * in UTF-8. Every failure is an {@link IOException} that names the file.
 */
final class SchemaFiles {
    static final String JSON_RESOURCE = "META-INF/tablesmith/schema.json";

    private final Filer filer;

    SchemaFiles(Filer filer) {
        this.filer = filer;
    }

    /** The class-path resource holding the DDL of {@code dialect}. */
    static String ddlResource(SQLDialect dialect) {
        return "META-INF/tablesmith/ddl/" + dialect.getNameLC() + ".sql";
    }

    /** The committed snapshot of {@code bind} in the schema folder. */
    static Path snapshot(Path dir, String bind) {
        return dir.resolve(bind.isEmpty() ? "schema.sql" : "schema-" + bind + ".sql");
    }

    /** The folder of {@code bind}'s migrations in the schema folder, with one folder per dialect. */
    static Path migrations(Path dir, String bind) {
        return dir.resolve(bind.isEmpty() ? "migrations" : "migrations-" + bind);
    }

    /** Writes the rendered schema as class-path resources, originating from {@code origins}. */
    void writeResources(SchemaRenderer.Schema schema, Element[] origins) throws IOException {
        writeResource(JSON_RESOURCE, schema.json(), origins);
        for (SQLDialect dialect : SchemaRenderer.DIALECTS) {
            writeResource(ddlResource(dialect), schema.ddl().get(dialect), origins);
        }
    }

    private void writeResource(String path, String content, Element[] origins) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write(content);
        }
    }

    /** The text of a file in the source tree, or nothing when there is no such file. */
    Optional<String> read(Path file) throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Writes a file in the source tree, creating its folders. */
    void write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The files of a folder in the source tree, creating the folder when it is missing. */
    List<Path> list(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}

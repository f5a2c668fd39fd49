package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.TablesmithProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A project whose models evolve over four changes after their first version, compiled by the real processor version
 * by version with the schema folder carried over and each change accepted ({@code -Atablesmith.schemaUpdate=true}),
 * as a developer would: the committed migration chain this leaves behind is what the chain tests check.
 *
 * <ol>
 *   <li>{@code V1__baseline}: {@code chain_note(id, title)}</li>
 *   <li>{@code V2}: a column is added ({@code body})</li>
 *   <li>{@code V3}: an index is added (on {@code title})</li>
 *   <li>{@code V4}: a column is renamed ({@code body} to {@code text}, with {@code @RenamedFrom})</li>
 *   <li>{@code V5}: a table is added ({@code chain_tag}) with a foreign key to {@code chain_note}</li>
 * </ol>
 */
final class EvolvingModels {
    private static final String NOTE = """
            package chain;
            import dev.tablesmith.*;
            @Model public class ChainNote {
                @Id Long id;
                @Column(nullable = false, length = 120%s) String title;
            %s}
            """;
    private static final String TAG = """
            package chain;
            import dev.tablesmith.*;
            @Model public class ChainTag {
                @Id Long id;
                @References(ChainNote.class) Long noteId;
                @Column(nullable = false, length = 40) String name;
            }
            """;
    /** Each version's sources, by class name. */
    private static final List<Map<String, String>> VERSIONS = List.of(
            Map.of("ChainNote", NOTE.formatted("", "")),
            Map.of("ChainNote", NOTE.formatted("", "    @Column(length = 2000) String body;\n")),
            Map.of("ChainNote", NOTE.formatted(", index = true", "    @Column(length = 2000) String body;\n")),
            Map.of("ChainNote", NOTE.formatted(", index = true",
                    "    @RenamedFrom(\"body\") @Column(length = 2000) String text;\n")),
            Map.of("ChainNote", NOTE.formatted(", index = true",
                    "    @RenamedFrom(\"body\") @Column(length = 2000) String text;\n"), "ChainTag", TAG));

    private final Path schemaDir;
    private final Path classes;

    private EvolvingModels(Path schemaDir, Path classes) {
        this.schemaDir = schemaDir;
        this.classes = classes;
    }

    /** Compiles every version in turn under {@code work}; the last version's classes are the current models. */
    static EvolvingModels compile(Path work) throws IOException {
        Path schemaDir = work.resolve("schema");
        Path classes = null;
        for (int i = 0; i < VERSIONS.size(); i++) {
            classes = compileVersion(work.resolve("v" + (i + 1)), schemaDir, VERSIONS.get(i));
        }
        return new EvolvingModels(schemaDir, classes);
    }

    /** The folder of the committed chain, one sub-folder per dialect. */
    Path migrations() {
        return schemaDir.resolve("migrations");
    }

    /** The current version's compiled classes (with their generated service registration). */
    Path classes() {
        return classes;
    }

    /** The current models' tables, loaded from the last version's classes. */
    ModelTable<?>[] tables() throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EvolvingModels.class.getClassLoader());
        return new ModelTable<?>[] {table(loader, "chain.ChainNoteTable"), table(loader, "chain.ChainTagTable")};
    }

    /** A copy of the chain under {@code dir}, to break by hand. */
    Path copyTo(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(migrations())) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(migrations().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    /** Compiles {@code sources} (by class name, package {@code chain}) into {@code dir}, with the schema folder on. */
    static Path compileVersion(Path dir, Path schemaDir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/chain"));
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (var source : sources.entrySet()) {
            files.add(Files.writeString(src.resolve(source.getKey() + ".java"), source.getValue()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, manager, null, List.of("-d", out.toString(),
                    "-cp", System.getProperty("java.class.path"), "-Atablesmith.schemaDir=" + schemaDir,
                    "-Atablesmith.schemaUpdate=true", "-Atablesmith.quotedNameWarnings=false"), null,
                    manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(TablesmithProcessor.processors());
            assertTrue(task.call(), () -> dir.getFileName() + " compiles: " + diagnostics);
        }
        return out;
    }

    static ModelTable<?> table(ClassLoader loader, String tableClass) throws Exception {
        Class<?> type = loader.loadClass(tableClass);
        for (var field : type.getFields()) {
            if (field.getType() == type) {
                return (ModelTable<?>) field.get(null);
            }
        }
        throw new AssertionError("no table constant in " + tableClass);
    }
}

package dev.tablesmith.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.processor.TablesmithProcessor;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model evolves across two compilations (a column, an index and a table are added); the processor's proposed
 * migration, applied to a database created from the first version, brings it to the second, which
 * {@code verifySchema()} then finds identical to the models.
 */
class SchemaEvolutionTest {
    private static final String V1 = """
            package evolving;
            import dev.tablesmith.*;
            @Model public class Ledger {
                @Id Long id;
                @Column(unique = true, nullable = false) String code;
            }
            """;
    private static final String V2 = """
            package evolving;
            import dev.tablesmith.*;
            @Model public class Ledger {
                @Id Long id;
                @Column(unique = true, nullable = false) String code;
                @Column(index = true) String owner;
            }
            """;
    private static final String V2_ENTRY = """
            package evolving;
            import dev.tablesmith.*;
            @Model public record LedgerEntry(@Id Long id, @References(Ledger.class) Long ledger, long cents) {}
            """;

    @TempDir
    Path work;

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void theProposedMigrationBringsADatabaseToTheNewModels(TestDatabase target) throws Exception {
        Path schemaDir = work.resolve("schema");
        ClassLoader v1 = compile("v1", schemaDir, V1);
        ClassLoader v2 = compile("v2", schemaDir, V2, V2_ENTRY);
        Path migrationDir = schemaDir.resolve("migrations").resolve(dialectDir(target));
        List<Path> migrations = list(migrationDir);
        assertEquals(2, migrations.size(), "the baseline and one proposed migration: " + migrations);

        List<ModelTable<?>> v1Tables = List.of(table(v1, "evolving.LedgerTable"));
        List<ModelTable<?>> v2Tables = List.of(table(v2, "evolving.LedgerTable"), table(v2,
                "evolving.LedgerEntryTable"));
        try (Database old = target.builder().models(v1Tables.toArray(new ModelTable<?>[0])).build();
                Database current = Database.builder().dataSource(old.engine())
                        .models(v2Tables.toArray(new ModelTable<?>[0])).build()) {
            current.dropAll();
            old.createAll();
            assertTrue(old.verifySchema().isEmpty(), () -> "v1 matches v1: " + old.verifySchema());
            List<String> before = current.verifySchema();
            assertFalse(before.isEmpty(), "the v1 database does not match the v2 models");
            assertTrue(before.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).contains("owner")), before::toString);

            apply(current, Files.readString(migrationDir.resolve(migrations.get(1).getFileName())));
            assertEquals(List.of(), current.verifySchema(), "after the migration the schema matches the models");
            current.dropAll();
        }
    }

    private static String dialectDir(TestDatabase target) {
        return target == TestDatabase.POSTGRES ? "postgres" : target.key();
    }

    private static void apply(Database db, String script) throws Exception {
        try (Connection connection = db.engine().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n")) {
                String body = sql.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!body.isBlank()) {
                    statement.execute(body);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private ClassLoader compile(String version, Path schemaDir, String... sources) throws IOException {
        Path src = Files.createDirectories(work.resolve(version).resolve("src/evolving"));
        Path out = Files.createDirectories(work.resolve(version).resolve("classes"));
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            String name = source.substring(source.indexOf("class ") >= 0 && source.indexOf("class ") < source
                    .indexOf("record ") || source.indexOf("record ") < 0 ? source.indexOf("class ") + 6
                    : source.indexOf("record ") + 7).split("[ (]")[0];
            Path file = src.resolve(name + ".java");
            Files.writeString(file, source);
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, null, List.of("-d", out.toString(),
                    "-cp", System.getProperty("java.class.path"), "-Atablesmith.schemaDir=" + schemaDir,
                    "-Atablesmith.schemaUpdate=true"), null, manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(TablesmithProcessor.processors());
            assertTrue(task.call(), version + " compiles");
        }
        return new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, SchemaEvolutionTest.class.getClassLoader());
    }

    private static ModelTable<?> table(ClassLoader loader, String tableClass) throws Exception {
        Class<?> type = loader.loadClass(tableClass);
        for (var field : type.getFields()) {
            if (field.getType() == type) {
                return (ModelTable<?>) field.get(null);
            }
        }
        throw new AssertionError("no table constant in " + tableClass);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.TablesmithProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
 * A compilation with a {@code module-info.java} gets its dependencies on the module path, not the class path: a
 * {@code @Query} there finds the tables of another module through the table index inside that module's jar. The
 * modules are compiled by javac's own file manager, from files, as a build tool compiles them.
 */
class ModulePathQueriesTest {
    private static final String QUERIES = """
            package com.app;
            import dev.tablesmith.*;
            import java.util.*;
            @Queries public interface MemberQueries {
                @Query("select * from member where username = :name")
                Optional<com.lib.Member> named(String name);
                @Query("select count(*) from member")
                long members();
            }
            """;

    @TempDir
    Path dir;

    @Test
    void queriesOfAModularCompilationReadTheModelsOfAModuleOnTheModulePathAndRunOnH2() throws Exception {
        Path lib = memberModule("lib", "String username");
        Compiled app = app(List.of(lib), "com.lib");
        assertWithMessage("%s", app.errors()).that(app.errors()).isEmpty();
        assertThat(Files.readString(app.generated().resolve("com/app/MemberQueriesImpl.java")))
                .contains("RenderedQuery.builder(\"MemberQueries.named\", MemberTable.MEMBER)");

        // The generated code is what it is on the class path: run it there, against the module's own table.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL(), app.classes().toUri().toURL()},
                getClass().getClassLoader());
                Database db = Database.builder().inMemory()
                        .models((ModelTable<?>) loader.loadClass("com.lib.MemberTable").getField("MEMBER").get(null))
                        .build()) {
            db.createAll();
            db.inContext(() -> db.session().dsl()
                    .execute("insert into \"member\" (\"id\", \"username\") values (1, 'ada'), (2, 'bob')"));
            Object queries = loader.loadClass("com.app.MemberQueriesImpl").getConstructor(Database.class)
                    .newInstance(db);
            db.inContext(() -> {
                assertThat(queries.getClass().getMethod("named", String.class).invoke(queries, "bob").toString())
                        .isEqualTo("Optional[Member[id=2, username=bob]]");
                assertThat(queries.getClass().getMethod("members").invoke(queries)).isEqualTo(2L);
            });
        }
    }

    @Test
    void aTableThatTwoModulesMapIsAnErrorOnTheQueryNamingBoth() throws IOException {
        Path lib = memberModule("lib", "String username");
        Path other = memberModule("other", "String nick");
        Compiled app = app(List.of(lib, other), "com.lib", "com.other");
        String expected = "[" + Message.QUERY_TABLE_IN_TWO_MODULES.id() + "] @Query of MemberQueries.members names "
                + "table \"member\", which two modules map: com.lib.Member of module com.lib (" + lib + ") on the "
                + "module path and com.other.Member of module com.other (" + other + ") on the module path";
        assertThat(app.errors()).contains("MemberQueries.java:7: " + expected
                + "; rename one with @Model(table = \"...\"), or depend on only one of the modules");
        assertThat(app.errors()).hasSize(2); // and the same on MemberQueries.named
    }

    @Test
    void onlyTheModulesTheQueryingModuleReadsAreSearched() throws IOException {
        Path lib = memberModule("lib", "String username");
        // com.svc reads com.lib but does not pass it on, so com.app, which requires only com.svc, cannot use its
        // classes: the table is unknown there, rather than generated code that fails to compile.
        Path hidden = svcModule(lib, "requires com.lib;");
        Compiled app = app(List.of(lib, hidden), "com.svc");
        assertThat(app.errors().stream().filter(e -> e.startsWith("MemberQueries.java:7: [" + Message.QUERY_UNKNOWN_TABLE.id()
                + "]")).count()).isEqualTo(1);
        assertThat(app.errors().stream().filter(e -> e.contains("Impl.java")).toList()).isEmpty();
        // Required transitively, it is read, and found.
        Path passedOn = svcModule(lib, "requires transitive com.lib;");
        Compiled through = app(List.of(lib, passedOn), "com.svc");
        assertWithMessage("%s", through.errors()).that(through.errors()).isEmpty();
    }

    /** A module {@code com.svc} with no classes, whose module declaration has {@code requires}; as a jar. */
    private Path svcModule(Path lib, String requires) throws IOException {
        Compiled module = compile("svc-" + requires.hashCode(), List.of(lib), Map.of("module-info.java",
                "module com.svc {\n    " + requires + "\n}\n"));
        assertWithMessage("%s", module.errors()).that(module.errors()).isEmpty();
        return OtherModules.jar(module.classes(), dir.resolve("svc-" + requires.hashCode() + ".jar"));
    }

    /** A module {@code com.<name>} whose one model, {@code com.<name>.Member}, maps table {@code member}; as a jar. */
    private Path memberModule(String name, String columns) throws IOException {
        String pkg = "com." + name;
        Compiled module = compile(name, List.of(), Map.of(
                "module-info.java", "module " + pkg + " {\n    requires dev.tablesmith;\n    exports " + pkg + ";\n"
                        + "    provides dev.tablesmith.generated.TableProvider with " + pkg + ".MemberTable.Provider;\n}\n",
                pkg.replace('.', '/') + "/Member.java", "package " + pkg + ";\nimport dev.tablesmith.*;\n"
                        + "@Model public record Member(@Id Long id, " + columns + ") {}\n"));
        assertWithMessage("%s", module.errors()).that(module.errors()).isEmpty();
        return OtherModules.jar(module.classes(), dir.resolve(name + ".jar"));
    }

    /** Module {@code com.app}, requiring {@code modules}, with {@code MemberQueries} on table {@code member}. */
    private Compiled app(List<Path> jars, String... modules) throws IOException {
        String requires = Stream.of(modules).map(m -> "    requires " + m + ";\n").collect(Collectors.joining());
        return compile("app", jars, Map.of(
                "module-info.java", "module com.app {\n    requires dev.tablesmith;\n" + requires + "}\n",
                "com/app/MemberQueries.java", QUERIES));
    }

    /**
     * The output of one module's compilation.
     *
     * @param classes   its class output
     * @param generated the sources the processor wrote
     * @param errors    each error as {@code File.java:line: message}
     */
    private record Compiled(Path classes, Path generated, List<String> errors) {
    }

    /**
     * Compiles the {@code sources} (path to text) of module {@code name} through the processor, with Tablesmith's
     * runtime, its dependencies and {@code jars} as its module path.
     */
    private Compiled compile(String name, List<Path> jars, Map<String, String> sources) throws IOException {
        Path root = dir.resolve(name);
        Path src = root.resolve("src");
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        Path classes = Files.createDirectories(root.resolve("classes"));
        Path generated = Files.createDirectories(root.resolve("generated"));
        String modulePath = Stream.concat(runtimeModules().stream(), jars.stream()).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics,
                    List.of("-d", classes.toString(), "-s", generated.toString(), "--module-path", modulePath,
                            "-Atablesmith.quotedNameWarnings=false"),
                    null, fileManager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(TablesmithProcessor.processors());
            task.call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                        + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                .toList();
        return new Compiled(classes, generated, errors);
    }

    /** Where the runtime module and the modules it requires were loaded from in this test. */
    private static List<Path> runtimeModules() {
        List<Path> paths = new ArrayList<>();
        for (Class<?> type : List.of(Database.class, org.jooq.DSLContext.class,
                com.zaxxer.hikari.HikariDataSource.class, org.slf4j.Logger.class, org.reactivestreams.Publisher.class,
                io.r2dbc.spi.Connection.class)) {
            try {
                paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths;
    }
}

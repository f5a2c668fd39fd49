package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.ModelTable;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models compiled in a named module: javac compiles a {@code module-info.java} with the runtime and its
 * dependencies on the module path (Compile-Testing passes {@code --module-path} through to javac). The module must
 * provide every generated table, because {@code ServiceLoader} ignores {@code META-INF/services} there.
 */
class ModuleProvidersTest {
    private static final JavaFileObject USER = JavaFileObjects.forSourceLines("com.example.User",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class User { @Id Long id; String name; }");
    private static final JavaFileObject POST = JavaFileObjects.forSourceLines("com.example.blog.Post",
            "package com.example.blog;",
            "import dev.tablesmith.*;",
            "@Model public record Post(@Id Long id, String title) {}");
    private static final String ALL = "provides dev.tablesmith.generated.TableProvider with "
            + "com.example.UserTable.Provider, com.example.blog.PostTable.Provider;";

    private static JavaFileObject moduleInfo(String... directives) {
        List<String> lines = new ArrayList<>(List.of("module com.example {", "    requires dev.tablesmith;"));
        for (String directive : directives) {
            lines.add("    " + directive);
        }
        lines.add("}");
        return new ModuleInfo(String.join("\n", lines) + "\n");
    }

    /**
     * A {@code module-info.java} source whose URI does not end with {@code module-info.java}: Compile-Testing's file
     * manager answers every lookup of a {@code module-info} class, that of each module on the module path
     * included, with the source whose URI ends so, which makes javac read it as the descriptor of
     * {@code dev.tablesmith} and of {@code java.base} too. javac still compiles it as the module's descriptor,
     * since it asks the file object whether its name is compatible with {@code module-info}.
     */
    private static final class ModuleInfo extends SimpleJavaFileObject {
        private final String source;

        ModuleInfo(String source) {
            super(URI.create("mem:///module-info.source"), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return simpleName.equals("module-info") && kind == Kind.SOURCE;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withClasspath(List.of())
                .withOptions("--module-path", modulePath(), "-Xlint:all", "-Werror",
                        "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    /** The runtime's module and the modules it requires, from where the test loaded them. */
    private static String modulePath() {
        return Stream.of(ModelTable.class, org.jooq.DSLContext.class, org.reactivestreams.Publisher.class,
                        io.r2dbc.spi.ConnectionFactory.class, com.zaxxer.hikari.HikariDataSource.class,
                        org.slf4j.Logger.class)
                .map(ModuleProvidersTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aModuleThatProvidesNoTableIsToldTheDirectiveToAdd() {
        JavaFileObject moduleInfo = moduleInfo();
        Compilation compilation = compile(moduleInfo, USER, POST);
        assertThat(compilation).failed();
        // javac indents the lines of a message after its first.
        assertThat(compilation).hadErrorContaining(Message.MODULE_PROVIDES.format("com.example",
                "com.example.UserTable.Provider, com.example.blog.PostTable.Provider",
                "add this directive to its module-info.java", ALL).replace("\n    ", "\n      "))
                .inFile(moduleInfo).onLineContaining("module com.example");
        assertThat(compilation.errors()).hasSize(1);
    }

    @Test
    void aModuleThatProvidesSomeTablesIsToldTheWholeDirective() {
        JavaFileObject moduleInfo = moduleInfo(
                "provides dev.tablesmith.generated.TableProvider with com.example.UserTable.Provider;");
        Compilation compilation = compile(moduleInfo, USER, POST);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("does not provide com.example.blog.PostTable.Provider,")
                .inFile(moduleInfo).onLineContaining("module com.example");
        assertThat(compilation).hadErrorContaining(
                "replace its provides dev.tablesmith.generated.TableProvider directive with this one:");
        assertThat(compilation).hadErrorContaining("\n      " + ALL);
    }

    @Test
    void aModuleThatProvidesEveryTableCompilesCleanly() {
        Compilation compilation = compile(moduleInfo(ALL), USER, POST);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("com.example.blog.PostTable")).isPresent();
    }

    @Test
    void providersTheModuleListsBesidesItsOwnAreKept() {
        JavaFileObject handWritten = JavaFileObjects.forSourceLines("com.example.Extra",
                "package com.example;",
                "public final class Extra implements dev.tablesmith.generated.TableProvider {",
                "    @Override public dev.tablesmith.ModelTable<?> table() { return UserTable.USER; }",
                "}");
        JavaFileObject moduleInfo = moduleInfo(
                "provides dev.tablesmith.generated.TableProvider with com.example.Extra;");
        Compilation compilation = compile(moduleInfo, USER, handWritten);
        assertThat(compilation).hadErrorContaining("    provides dev.tablesmith.generated.TableProvider with "
                + "com.example.Extra, com.example.UserTable.Provider;").inFile(moduleInfo)
                .onLineContaining("module com.example");
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Binds as Flask-SQLAlchemy models inherit {@code __bind_key__}: from a {@code @Model} superclass unless the model
 * writes its own, and from an abstract {@code @Model} base, which has no table but passes its columns and bind on.
 */
class ModelBindsTest {
    private static JavaFileObject source(String name, String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "package com.example;";
        all[1] = "import dev.tablesmith.*;";
        System.arraycopy(lines, 0, all, 2, lines.length);
        return JavaFileObjects.forSourceLines("com.example." + name, all);
    }

    private static Compilation compile(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static String schemaJson(Compilation compilation) throws IOException {
        var file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tablesmith/schema.json");
        assertThat(file.isPresent()).isTrue();
        return new String(file.get().openInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String tableInBind(String table, String bind) {
        return "\"name\": \"" + table + "\",\n      \"bind\": \"" + bind + "\"";
    }

    @Test
    void aSubclassInheritsItsModelSuperclassesBindUnlessItWritesItsOwn() throws IOException {
        Compilation compilation = compile(
                source("Account", "@Model(bind = \"auth\") public class Account { @Id Long id; String login; }"),
                source("Admin", "@Model public class Admin extends Account { String scope; }"),
                source("Robot", "@Model(bind = \"robots\") public class Robot extends Account {}"),
                source("Guest", "@Model(bind = \"\") public class Guest extends Account {}"));
        assertThat(Golden.generated(compilation, "com.example.AdminTable"))
                .contains("super(\"admin\", Admin.class, \"auth\")");
        String json = schemaJson(compilation);
        assertThat(json).contains(tableInBind("account", "auth"));
        assertThat(json).contains(tableInBind("admin", "auth"));
        assertThat(json).contains(tableInBind("robot", "robots"));
        assertThat(json).contains(tableInBind("guest", ""));
    }

    @Test
    void anAbstractModelIsABaseWithoutATableWhoseColumnsAndBindGoToItsSubclasses() throws IOException {
        Compilation compilation = compile(
                source("AuthEntity", "@Model(bind = \"auth\") public abstract class AuthEntity {",
                        "  @Id Long id;", "  java.time.Instant created;", "}"),
                source("Token", "@Model public class Token extends AuthEntity { String secret; }"));
        assertThat(compilation.generatedSourceFile("com.example.AuthEntityTable")).isEmpty();
        assertThat(compilation.generatedSourceFile("com.example.AuthEntityDao")).isEmpty();
        String table = Golden.generated(compilation, "com.example.TokenTable");
        assertThat(table).contains("super(\"token\", Token.class, \"auth\")");
        assertThat(table).contains("column(\"created\"");
        String json = schemaJson(compilation);
        assertThat(json).contains(tableInBind("token", "auth"));
        assertThat(json).doesNotContain("auth_entity");
    }
}

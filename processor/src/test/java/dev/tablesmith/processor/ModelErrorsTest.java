package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models whose annotations would otherwise be ignored, or would give a schema the databases do not create as
 * written: each fails to compile with the message's id, on the line of the offending element or annotation.
 */
class ModelErrorsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    private static JavaFileObject source(String name, String... body) {
        String[] lines = new String[body.length + 3];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        System.arraycopy(body, 0, lines, 3, body.length);
        return JavaFileObjects.forSourceLines("com.example." + name, lines);
    }

    private static void assertError(Message message, String line, JavaFileObject file, JavaFileObject... others) {
        JavaFileObject[] all = new JavaFileObject[others.length + 1];
        all[0] = file;
        System.arraycopy(others, 0, all, 1, others.length);
        Compilation compilation = compile(all);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + message.id() + "]").inFile(file).onLineContaining(line);
    }

    private static void assertCompiles(JavaFileObject... files) {
        assertThat(compile(files)).succeeded();
    }

    @Test
    void anIndexNamedLikeAnotherModelsIndex() {
        JavaFileObject member = source("Member", "@Model public class Member {", "  @Id Long id;",
                "  @Column(index = true) String email;", "}");
        assertError(Message.SCHEMA_NAME_TAKEN, "@Index(columns = \"email\"", source("Account", "@Model",
                "@Index(columns = \"email\", unique = true, name = \"member_email_idx\")",
                "public class Account { @Id Long id; String email; }"), member);
    }

    @Test
    void anIndexNamedLikeAnotherTablesPrimaryKey() {
        JavaFileObject other = source("Other", "@Model public class Other { @Id Long id; }");
        assertError(Message.SCHEMA_NAME_TAKEN, "name = \"other_pkey\"", source("Bad", "@Model",
                "@Index(columns = \"name\", name = \"other_pkey\")",
                "public class Bad { @Id Long id; String name; }"), other);
    }

    @Test
    void aDerivedIndexNameTakenByAnExplicitOneOfAnotherModel() {
        JavaFileObject g = source("G", "@Model @Index(columns = \"name\", name = \"f_name_idx\")",
                "public class G { @Id Long id; String name; }");
        JavaFileObject f = source("F", "@Model public class F { @Id Long id;", "  @Column(index = true)",
                "  String name; }");
        Compilation compilation = compile(f, g);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.SCHEMA_NAME_TAKEN.id() + "]");
    }

    @Test
    void aUniqueIndexNamedLikeTheUniqueKeyOfItsOwnColumn() {
        assertError(Message.SCHEMA_NAME_TAKEN, "@Index", source("Bad", "@Model",
                "@Index(columns = \"code\", unique = true)",
                "public class Bad { @Id Long id; @Column(unique = true) String code; }"));
    }

    @Test
    void theSameIndexNameInAnotherBindIsFine() {
        assertCompiles(source("Member", "@Model public class Member { @Id Long id;",
                "  @Column(index = true) String email; }"),
                source("Account", "@Model(bind = \"auth\")",
                        "@Index(columns = \"email\", name = \"member_email_idx\")",
                        "public class Account { @Id Long id; String email; }"));
    }
}

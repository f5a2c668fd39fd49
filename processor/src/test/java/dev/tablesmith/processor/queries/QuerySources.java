package dev.tablesmith.processor.queries;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.processor.TablesmithProcessor;
import javax.tools.JavaFileObject;

import static com.google.testing.compile.Compiler.javac;

/** The models the query tests compile against, and a way to compile a {@code @Queries} interface beside them. */
public final class QuerySources {
    static final JavaFileObject TODO = JavaFileObjects.forSourceLines("com.example.Todo",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class Todo {",
            "    @Id public Long id;",
            "    @References(User.class) public long userId;",
            "    public String title;",
            "    public boolean done;",
            "    public java.time.Instant created;",
            "}");
    static final JavaFileObject USER = JavaFileObjects.forSourceLines("com.example.User",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record User(@Id Long id, @Column(unique = true) String username) {}");
    static final JavaFileObject OPEN_COUNT = JavaFileObjects.forSourceLines("com.example.OpenCount",
            "package com.example;",
            "public record OpenCount(String username, long open) {}");

    private QuerySources() {
    }

    /** {@code com.example.TodoQueries} with the given body lines (imports of dev.tablesmith and java.util given). */
    public static JavaFileObject queries(String... body) {
        String[] lines = new String[body.length + 6];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        lines[3] = "import java.util.stream.Stream;";
        lines[4] = "@Queries public interface TodoQueries {";
        System.arraycopy(body, 0, lines, 5, body.length);
        lines[lines.length - 1] = "}";
        return JavaFileObjects.forSourceLines("com.example.TodoQueries", lines);
    }

    public static Compilation compile(JavaFileObject queries, JavaFileObject... more) {
        java.util.List<JavaFileObject> sources = new java.util.ArrayList<>(java.util.List.of(TODO, USER, OPEN_COUNT,
                queries));
        sources.addAll(java.util.List.of(more));
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false", "-Xlint:all", "-Werror")
                .compile(sources);
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.property.CompiledClasses;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jooq.Field;
import org.jooq.Index;
import org.junit.jupiter.api.Test;

/**
 * Names that are legal quoted SQL identifiers on every supported database but mean something to javac in the
 * generated source: a comment's end, a unicode escape (well-formed or not), Javadoc tags, and the reserved {@code _}.
 * The generated classes compile, and the table, columns and index keep exactly the names the model gave.
 */
class UnusualNamesTest {
    /** Ends a comment, then holds a unicode escape (backslash, u, 002a) that javac would decode to a star. */
    private static final String TABLE = "t*/\\u002a/";
    private static final String COLUMN = "a/*b*/--c";
    /** A Javadoc tag, braces and a malformed unicode escape, which javac rejects even inside a comment. */
    private static final String TAGGED = "{@code}\\uzz @x";
    private static final String INDEX = "ix*/@see{x";

    private static final JavaFileObject ODD = JavaFileObjects.forSourceLines("com.example.Odd",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Index(columns = \"weird\", name = \"ix*/@see{x\")",
            "@Model(table = \"t*/\\\\u002a/\")",
            "public class Odd {",
            "  @Id Long id;",
            "  @Column(name = \"a/*b*/--c\", unique = true) String weird;",
            "  @Column(name = \"{@code}\\\\uzz @x\") String tagged;",
            "}");

    private static final JavaFileObject UNDERSCORE = JavaFileObjects.forSourceLines("com.example.Underscore",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model(table = \"_\")",
            "public class Underscore { @Id Long id; @Column(name = \"_\") String value; }");

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    @Test
    void namesThatEndCommentsOrStartEscapesCompileAndKeepTheirNames() throws Exception {
        Compilation compilation = compile(ODD);
        assertThat(compilation).succeededWithoutWarnings();

        ModelTable<?> table = (ModelTable<?>) new CompiledClasses(compilation).loadClass("com.example.OddTable")
                .getField(Names.tableConstant(TABLE)).get(null);
        assertThat(table.getName()).isEqualTo(TABLE);
        assertThat(Stream.of(table.fields()).map(Field::getName).toList()).containsExactly("id", COLUMN, TAGGED)
                .inOrder();
        assertThat(table.getIndexes().stream().map(Index::getName).toList()).containsExactly(INDEX);

        String ddl = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/tablesmith/ddl/postgres.sql").orElseThrow().openInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(ddl).contains("create table if not exists \"" + TABLE + "\"");
        assertThat(ddl).contains("\"" + COLUMN + "\" varchar(255)");
        assertThat(ddl).contains("\"" + TAGGED + "\" varchar(255)");
        assertThat(ddl).contains("create index if not exists \"" + INDEX + "\"");

        // The Javadoc still names the column, as HTML entities that javac ignores and Javadoc shows as characters.
        assertThat(Golden.generated(compilation, "com.example.OddTable"))
                .contains("The <code>a&#47;*b*&#47;--c</code> column ({@code weird})");
        assertThat(Golden.generated(compilation, "com.example.OddDao"))
                .contains("whose <code>a&#47;*b*&#47;--c</code> matches");
    }

    @Test
    void aTableAndAColumnNamedUnderscoreCompile() throws Exception {
        Compilation compilation = compile(UNDERSCORE);
        assertThat(compilation).succeededWithoutWarnings();
        ModelTable<?> table = (ModelTable<?>) new CompiledClasses(compilation)
                .loadClass("com.example.UnderscoreTable").getField("__").get(null);
        assertThat(table.getName()).isEqualTo("_");
        assertThat(Stream.of(table.fields()).map(Field::getName).toList()).isEqualTo(List.of("id", "_"));
    }
}

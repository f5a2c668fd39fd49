package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@code OffsetDateTime}, {@code LocalTime}, {@code Duration} and {@code @Json String} columns: the DDL
 * each dialect gets, and the located errors for a {@code @Json} the processor cannot honour.
 */
class JsonAndTimeColumnsTest {
    private static final JavaFileObject EVENT = JavaFileObjects.forSourceLines("com.example.Event",
            "package com.example;",
            "import dev.tablesmith.*;",
            "import java.time.*;",
            "@Model public class Event {",
            "  @Id Long id;",
            "  OffsetDateTime at;",
            "  LocalTime opens;",
            "  Duration length;",
            "  @Json String details;",
            "}");

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    private static String ddl(Compilation compilation, String dialect) {
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                    "META-INF/tablesmith/ddl/" + dialect + ".sql").orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachDialectGetsAFaithfulColumnType() {
        Compilation compilation = compile(EVENT);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(ddl(compilation, "postgres")).contains("\"at\" timestamp(6) with time zone, \"opens\" time(6), "
                + "\"length\" bigint, \"details\" jsonb");
        assertThat(ddl(compilation, "h2")).contains("\"at\" timestamp(6) with time zone, \"opens\" time(6), "
                + "\"length\" bigint, \"details\" varchar");
        assertThat(ddl(compilation, "mariadb")).contains("`at` datetime(6) null, `opens` time(6), `length` bigint, "
                + "`details` json null");
        assertThat(ddl(compilation, "sqlite")).contains("`at` datetime(6) null, `opens` datetime(6), "
                + "`length` int8, `details` varchar null");
    }

    @Test
    void theTableDeclaresTheJavaTypesWithTheirBindings() {
        Compilation compilation = compile(EVENT);
        assertThat(compilation).generatedSourceFile("com.example.EventTable").contentsAsUtf8String()
                .contains("TableField<Record, Duration> LENGTH = column(\"length\", "
                        + "SQLDataType.BIGINT.asConvertedDataType(JdbcTypesBinding.DURATION));");
        assertThat(compilation).generatedSourceFile("com.example.EventTable").contentsAsUtf8String()
                .contains("TableField<Record, String> DETAILS = column(\"details\", "
                        + "SQLDataType.JSONB.asConvertedDataType(JdbcTypesBinding.JSON));");
    }

    @Test
    void jsonOnAFieldThatIsNotAString() {
        JavaFileObject file = JavaFileObjects.forSourceLines("com.example.Bad",
                "package com.example;",
                "import dev.tablesmith.*;",
                "import java.util.*;",
                "@Model public class Bad {",
                "  @Id Long id;",
                "  @Json Map<String, Object> details;",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.JSON_TYPE.id() + "] Field details has type "
                + "java.util.Map<java.lang.String,java.lang.Object>, but a @Json column holds its document as a String")
                .inFile(file).onLineContaining("@Json Map<String, Object> details;");
    }

    @Test
    void jsonThatIsUniqueOrTheId() {
        JavaFileObject file = JavaFileObjects.forSourceLines("com.example.Bad",
                "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public class Bad {",
                "  @Id @Json String id;",
                "  @Json @Column(unique = true) String details;",
                "  @Json @Column(index = true) String extra;",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.JSON_KEY.id() + "] @Json field id cannot be the @Id")
                .inFile(file).onLineContaining("@Id @Json String id;");
        assertThat(compilation).hadErrorContaining("@Json field details cannot be @Column(unique = true)")
                .inFile(file).onLineContaining("String details;");
        assertThat(compilation).hadErrorContaining("@Json field extra cannot be @Column(index = true)")
                .inFile(file).onLineContaining("String extra;");
    }

    @Test
    void jsonConvertAndEmbeddedOnAGetterAreReportedNotIgnored() {
        for (String annotation : new String[] {"@Json", "@Embedded", "@Convert(Bad.Upper.class)"}) {
            JavaFileObject file = JavaFileObjects.forSourceLines("com.example.Bad",
                    "package com.example;",
                    "import dev.tablesmith.*;",
                    "@Model public class Bad {",
                    "  @Id Long id;",
                    "  String details;",
                    "  " + annotation + " public String getDetails() { return details; }",
                    "  public static class Upper implements org.jooq.Converter<String, String> {",
                    "    public String from(String s) { return s; }",
                    "    public String to(String s) { return s; }",
                    "    public Class<String> fromType() { return String.class; }",
                    "    public Class<String> toType() { return String.class; }",
                    "  }",
                    "}");
            Compilation compilation = compile(file);
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining("[" + Message.MISPLACED_ANNOTATION.id() + "]")
                    .inFile(file).onLineContaining("public String getDetails()");
        }
    }
}

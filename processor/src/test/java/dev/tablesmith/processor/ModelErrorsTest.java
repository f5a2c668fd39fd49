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

    @Test
    void anIdOnAnEmbeddedValue() {
        assertError(Message.IGNORED_ANNOTATION, "@Embedded @Id Addr work;", source("Bad", "@Model public class Bad {",
                "  @Id Long id;", "  @Embedded @Id Addr work;", "  public record Addr(String street, String city) {}",
                "}"));
    }

    @Test
    void anIdOnARelation() {
        JavaFileObject author = source("Author", "@Model public class Author { @Id Long id; }");
        assertError(Message.IGNORED_ANNOTATION, "@Related @Id Author author;", source("Book",
                "@Model public class Book {", "  @Id Long id;", "  @References(Author.class) Long authorId;",
                "  @Related @Id Author author;", "}"), author);
    }

    @Test
    void aReferenceOnAnEmbeddedValue() {
        JavaFileObject customer = source("Customer", "@Model public class Customer { @Id Long id; }");
        assertError(Message.IGNORED_ANNOTATION, "@References(Customer.class) Ref customer;", source("Order",
                "@Model(table = \"orders\") public class Order {", "  @Id Long id;",
                "  @Embedded @References(Customer.class) Ref customer;", "  public record Ref(Long value) {}", "}"),
                customer);
    }

    @Test
    void columnAnnotationsOnAnEmbeddedValue() {
        for (String annotation : new String[] {"@Column(name = \"addr\")", "@Column(unique = true)",
                "@Column(nullable = false)", "@Column(index = true)", "@Json", "@Version", "@RenamedFrom(\"old\")",
                "@Convert(Bad.Conv.class)"}) {
            assertError(Message.IGNORED_ANNOTATION, annotation + " Addr home;", source("Bad",
                    "@Model public class Bad {", "  @Id Long id;", "  @Embedded " + annotation + " Addr home;",
                    "  public record Addr(String street, String city) {}",
                    "  public static final class Conv extends org.jooq.impl.AbstractConverter<String, Addr> {",
                    "    public Conv() { super(String.class, Addr.class); }",
                    "    public Addr from(String s) { return null; }",
                    "    public String to(Addr a) { return null; } }",
                    "}"));
        }
    }

    @Test
    void columnAnnotationsOnARelation() {
        JavaFileObject book = source("Book", "@Model public class Book { @Id Long id;",
                "  @References(Author.class) Long authorId; }");
        for (String annotation : new String[] {"@Column(unique = true)", "@Version", "@Json", "@Embedded"}) {
            assertError(Message.IGNORED_ANNOTATION, annotation + " List<Book> books;", source("Author",
                    "@Model public class Author {", "  @Id Long id;", "  @Related " + annotation + " List<Book> books;",
                    "}"), book);
        }
    }

    @Test
    void columnAnnotationsOnFieldsThatAreNoColumns() {
        JavaFileObject b = source("B", "@Model public class B { @Id Long id; }");
        for (String field : new String[] {"@Column(unique = true) static String code;",
                "transient @Column(nullable = false) String note;", "@Transient @Column(unique = true) String other;",
                "@Transient @References(B.class) Long bId;"}) {
            assertError(Message.IGNORED_ANNOTATION, field, source("A", "@Model public class A {", "  @Id Long id;",
                    "  " + field, "}"), b);
        }
    }

    @Test
    void componentAnnotationsOfAnEmbeddedRecordAndTransientFieldsStillCompile() {
        assertCompiles(source("Good", "@Model public class Good {", "  @Id Long id;", "  @Transient String note;",
                "  static final String KIND = \"good\";", "  @Embedded Addr home;",
                "  public record Addr(@Column(length = 80) String street, @Column(name = \"town\") String city) {}",
                "}"));
    }

    @Test
    void anIndexWithoutColumns() {
        assertError(Message.INDEX_COLUMNS, "@Index(columns = {})", source("H", "@Model",
                "@Index(columns = {})", "public class H { @Id Long id; String name; }"));
    }

    @Test
    void anIndexListingAColumnTwiceByPropertyAndColumnName() {
        assertError(Message.INDEX_COLUMNS, "@Index(columns = {\"userId\", \"user_id\"})", source("H", "@Model",
                "@Index(columns = {\"userId\", \"user_id\"})", "public class H { @Id Long id; Long userId; }"));
    }

    @Test
    void anIndexOnAClassThatIsNoModel() {
        assertError(Message.INDEX_NOT_MODEL, "@Index(columns = \"x\")", source("Plain",
                "@Index(columns = \"x\")", "public class Plain { String x; }"));
    }

    @Test
    void anIndexOnANonModelSuperclass() {
        JavaFileObject model = source("F", "@Model public class F extends Base { @Id Long id; }");
        assertError(Message.INDEX_NOT_MODEL, "@Index(columns = \"code\", unique = true)", source("Base",
                "@Index(columns = \"code\", unique = true)", "public abstract class Base { public String code; }"),
                model);
    }

    @Test
    void theIndexesOfAnAbstractModelBaseIndexEachSubclasssTable() {
        JavaFileObject base = source("Base", "@Model @Index(columns = \"code\", unique = true)",
                "public abstract class Base { public String code; }");
        Compilation compilation = compile(base, source("F", "@Model public class F extends Base { @Id Long id; }"),
                source("G", "@Model public class G extends Base { @Id Long id; }"));
        assertThat(compilation).succeeded();
        com.google.common.truth.Truth.assertThat(Golden.generated(compilation, "com.example.FTable"))
                .contains("index(\"f_code_key\", true");
        com.google.common.truth.Truth.assertThat(Golden.generated(compilation, "com.example.GTable"))
                .contains("index(\"g_code_key\", true");
    }

    @Test
    void aLengthOnANumberAndAPrecisionOnText() {
        assertError(Message.IGNORED_ANNOTATION, "@Column(length = 10) Long n;", source("Bad",
                "@Model public class Bad {", "  @Id Long id;", "  @Column(length = 10) Long n;", "}"));
        assertError(Message.IGNORED_ANNOTATION, "@Column(precision = 5, scale = 2) String s;", source("Bad",
                "@Model public class Bad {", "  @Id Long id;", "  @Column(precision = 5, scale = 2) String s;", "}"));
    }

    @Test
    void aNotNullComponentOfAnEmbeddedValue() {
        assertError(Message.EMBEDDED_COMPONENT, "@Embedded Addr home;", source("Bad", "@Model public class Bad {",
                "  @Id Long id;", "  @Embedded Addr home;",
                "  public record Addr(@Column(nullable = false) String street, String city) {}", "}"));
    }

    @Test
    void aDefaultOnAGeneratedId() {
        assertError(Message.GENERATED_ID_DEFAULT, "@Id @Column(defaultValue = \"5\") Long id;", source("Bad",
                "@Model public class Bad {", "  @Id @Column(defaultValue = \"5\") Long id;", "}"));
    }

    @Test
    void setNullOnANotNullReference() {
        JavaFileObject parent = source("Parent", "@Model public class Parent { @Id Long id; }");
        assertError(Message.REFERENCE_SET_NULL, "onDelete = ReferenceAction.SET_NULL)",
                source("Child", "@Model public class Child {",
                "  @Id Long id;", "  @References(value = Parent.class, onDelete = ReferenceAction.SET_NULL)",
                "  long parentId;", "}"), parent);
        assertError(Message.REFERENCE_SET_NULL, "onDelete = ReferenceAction.SET_NULL)",
                source("Child", "@Model public class Child {",
                "  @Id Long id;",
                "  @References(value = Parent.class, onDelete = ReferenceAction.SET_NULL) @Column(nullable = false)",
                "  Long otherId;",
                "}"), parent);
        assertCompiles(parent, source("Child", "@Model public class Child {", "  @Id Long id;",
                "  @References(value = Parent.class, onDelete = ReferenceAction.SET_NULL) Long parentId;", "}"));
    }
}

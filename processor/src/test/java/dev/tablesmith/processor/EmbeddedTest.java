package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Embedded}: a record's components become prefixed, nullable columns; what cannot be embedded is a located
 * compile error on the {@code @Embedded} field, with its message id.
 */
class EmbeddedTest {
    private static final JavaFileObject ADDRESS = JavaFileObjects.forSourceLines("com.example.Address",
            "package com.example;",
            "public record Address(String street, @dev.tablesmith.Column(length = 80) String city) {}");

    private static Compilation compile(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 1];
        all[0] = ADDRESS;
        System.arraycopy(sources, 0, all, 1, sources.length);
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(all);
    }

    private static JavaFileObject model(String... members) {
        String[] lines = new String[members.length + 5];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        lines[3] = "@Model public class Order {";
        lines[4] = "  @Id Long id;";
        System.arraycopy(members, 0, lines, 5, members.length);
        lines[lines.length - 1] += " }";
        return JavaFileObjects.forSourceLines("com.example.Order", lines);
    }

    private static void assertError(Message message, String expected, String line, JavaFileObject model,
            JavaFileObject... others) {
        JavaFileObject[] sources = new JavaFileObject[others.length + 1];
        sources[0] = model;
        System.arraycopy(others, 0, sources, 1, others.length);
        Compilation compilation = compile(sources);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + message.id() + "] " + expected).inFile(model)
                .onLineContaining(line);
    }

    @Test
    void aRecordsComponentsBecomePrefixedNullableColumns() {
        Compilation compilation = compile(model("  @Embedded Address shipTo;", "  @Embedded Address billTo;"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.OrderTable").contentsAsUtf8String().contains(
                "TableField<Record, String> SHIP_TO_CITY = column(\"ship_to_city\", SQLDataType.VARCHAR(80));");
        assertThat(compilation).generatedSourceFile("com.example.OrderTable").contentsAsUtf8String().contains(
                "TableField<Record, String> BILL_TO_STREET = column(\"bill_to_street\", SQLDataType.VARCHAR(255));");
        assertThat(compilation).generatedSourceFile("com.example.OrderDao").contentsAsUtf8String().contains(
                "entity.shipTo = newShipTo(types.getString(rs, 2), types.getString(rs, 3));");
    }

    @Test
    void anInterface() {
        assertError(Message.EMBEDDED_TYPE, "Field items cannot be @Embedded: its type java.util.List<java.lang.String> "
                + "is interface", "List<String> items;", model("  @Embedded List<String> items;"));
    }

    @Test
    void aClassWithoutANoArgumentConstructor() {
        JavaFileObject money = JavaFileObjects.forSourceLines("com.example.Money",
                "package com.example;",
                "public class Money { public Long cents; public Money(long cents) { this.cents = cents; } }");
        assertError(Message.EMBEDDED_TYPE, "Field price cannot be @Embedded: its type com.example.Money is a class "
                + "without a no-argument constructor", "Money price;", model("  @Embedded Money price;"), money);
    }

    @Test
    void nestedEmbeddings() {
        JavaFileObject contact = JavaFileObjects.forSourceLines("com.example.Contact",
                "package com.example;",
                "public record Contact(String name, @dev.tablesmith.Embedded Address address) {}");
        assertError(Message.EMBEDDED_COMPONENT, "Field contact embeds Contact, whose component address is itself "
                + "@Embedded: embeddings do not nest", "Contact contact;", model("  @Embedded Contact contact;"),
                contact);
    }

    @Test
    void primitiveAndUnmappedAndKeyComponents() {
        JavaFileObject point = JavaFileObjects.forSourceLines("com.example.Point",
                "package com.example;",
                "public record Point(int x, Object label, @dev.tablesmith.Id Long id) {}");
        JavaFileObject model = model("  @Embedded Point where;");
        Compilation compilation = compile(model, point);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.EMBEDDED_COMPONENT.id() + "] Field where embeds "
                + "Point, whose component x is a int: an embedded value can be null").inFile(model)
                .onLineContaining("Point where;");
        assertThat(compilation).hadErrorContaining("whose component label has type java.lang.Object, which "
                + "Tablesmith cannot map to a column").inFile(model).onLineContaining("Point where;");
        assertThat(compilation).hadErrorContaining("whose component id is an @Id, @Version or @References")
                .inFile(model).onLineContaining("Point where;");
    }

    @Test
    void aColumnNameClashingWithAnEmbeddedOne() {
        assertError(Message.DUPLICATE_COLUMN, "Column \"ship_to_city\" of table \"order\" is mapped by both "
                + "shipTo.city and shipToCity", "String shipToCity;",
                model("  @Embedded Address shipTo;", "  String shipToCity;"));
    }
}

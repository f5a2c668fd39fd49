package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Convert}: a valid converter is wired into the generated table's field and the DAO's binders and mapper;
 * each way a converter can be wrong is a located compile error with its message id (a raw or generic converter
 * class, javac's own, from {@code @Convert}'s bound).
 */
class ConvertTest {
    private static final JavaFileObject MONEY = JavaFileObjects.forSourceLines("com.example.Money",
            "package com.example;",
            "public record Money(long cents) {}");
    private static final JavaFileObject MONEY_CONVERTER = JavaFileObjects.forSourceLines("com.example.MoneyConverter",
            "package com.example;",
            "import java.math.BigDecimal;",
            "public class MoneyConverter extends Base<Money> {",
            "  public Money from(BigDecimal d) { return new Money(d.movePointRight(2).longValueExact()); }",
            "  public BigDecimal to(Money m) { return BigDecimal.valueOf(m.cents(), 2); }",
            "  public Class<Money> toType() { return Money.class; }",
            "}",
            "/** Proves the converter's types are found through a generic superclass. */",
            "abstract class Base<U> implements org.jooq.Converter<BigDecimal, U> {",
            "  public Class<BigDecimal> fromType() { return BigDecimal.class; }",
            "}");

    private static Compilation compile(JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[sources.length + 2];
        all[0] = MONEY;
        all[1] = MONEY_CONVERTER;
        System.arraycopy(sources, 0, all, 2, sources.length);
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(all);
    }

    private static JavaFileObject model(String... members) {
        String[] lines = new String[members.length + 5];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.math.BigDecimal;";
        lines[3] = "@Model public class Book {";
        lines[4] = "  @Id Long id;";
        System.arraycopy(members, 0, lines, 5, members.length);
        lines[lines.length - 1] += " }";
        return JavaFileObjects.forSourceLines("com.example.Book", lines);
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
    void aValidConverterIsUsedByTheTableAndTheDao() {
        Compilation compilation = compile(model("  @Convert(MoneyConverter.class) @Column(precision = 12, scale = 2)",
                "  Money price;"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.BookTable").contentsAsUtf8String().contains(
                "TableField<Record, Money> PRICE = column(\"price\", SQLDataType.DECIMAL(12, 2)"
                        + ".asConvertedDataType(Converted.nullSafe(new MoneyConverter())));");
        assertThat(compilation).generatedSourceFile("com.example.BookDao").contentsAsUtf8String().contains(
                "types.setBigDecimal(ps, first, Converted.to(PRICE_CONVERTER, entity.price), 12, 2);");
        assertThat(compilation).generatedSourceFile("com.example.BookDao").contentsAsUtf8String().contains(
                "entity.price = Converted.from(PRICE_CONVERTER, types.getBigDecimal(rs, 2));");
    }

    @Test
    void aConverterToAnotherType() {
        assertError(Message.CONVERTER_USER_TYPE, "Field price has type java.lang.String, but converter "
                + "com.example.MoneyConverter converts to com.example.Money", "@Convert(MoneyConverter.class)",
                model("  @Convert(MoneyConverter.class)", "  String price;"));
    }

    @Test
    void aConverterFromATypeWithoutAColumn() {
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.example.BuilderConverter",
                "package com.example;",
                "public class BuilderConverter implements org.jooq.Converter<StringBuilder, Money> {",
                "  public Money from(StringBuilder b) { return null; }",
                "  public StringBuilder to(Money m) { return null; }",
                "  public Class<StringBuilder> fromType() { return StringBuilder.class; }",
                "  public Class<Money> toType() { return Money.class; }",
                "}");
        assertError(Message.CONVERTER_DATABASE_TYPE, "Converter com.example.BuilderConverter converts from "
                + "java.lang.StringBuilder, which Tablesmith cannot map to a column", "Money price;",
                model("  @Convert(BuilderConverter.class) Money price;"), converter);
    }

    @Test
    void aRawConverter() {
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.example.RawConverter",
                "package com.example;",
                "@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
                "public class RawConverter implements org.jooq.Converter {",
                "  public Object from(Object o) { return o; }",
                "  public Object to(Object o) { return o; }",
                "  public Class fromType() { return Object.class; }",
                "  public Class toType() { return Object.class; }",
                "}");
        JavaFileObject model = model("  @Convert(RawConverter.class) Money price;");
        Compilation compilation = compile(model, converter);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("java.lang.Class<com.example.RawConverter> cannot be converted to "
                + "java.lang.Class<? extends org.jooq.Converter<?,?>>").inFile(model).onLineContaining("RawConverter");
    }

    @Test
    void aConverterWithoutANoArgumentConstructor() {
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.example.RateConverter",
                "package com.example;",
                "public class RateConverter extends MoneyConverter {",
                "  public RateConverter(int rate) {}",
                "}");
        assertError(Message.CONVERTER_CONSTRUCTOR, "Converter com.example.RateConverter cannot be created by "
                + "generated code in package com.example", "Money price;",
                model("  @Convert(RateConverter.class) Money price;"), converter);
    }

    @Test
    void aConverterInAnotherPackageWithAPackagePrivateConstructor() {
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.other.HiddenConverter",
                "package com.other;",
                "public class HiddenConverter extends com.example.MoneyConverter {",
                "  HiddenConverter() {}",
                "}");
        assertError(Message.CONVERTER_CONSTRUCTOR, "Converter com.other.HiddenConverter cannot be created",
                "Money price;", model("  @Convert(com.other.HiddenConverter.class) Money price;"), converter);
    }

    @Test
    void aConverterThatIsAnInnerClass() {
        assertError(Message.CONVERTER_CONSTRUCTOR, "Converter com.example.Book.Inner cannot be created",
                "Money price;", model("  @Convert(Inner.class) Money price;",
                        "  public class Inner extends MoneyConverter {}"));
    }

    @Test
    void aConverterOnTheIdOrTheVersion() {
        JavaFileObject model = JavaFileObjects.forSourceLines("com.example.Ledger",
                "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public class Ledger {",
                "  @Id @Convert(MoneyConverter.class) Money id;",
                "  @Version @Convert(MoneyConverter.class) Money version;",
                "}");
        Compilation compilation = compile(model);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.CONVERT_KEY.id() + "] Field id cannot be @Convert")
                .inFile(model).onLineContaining("Money id;");
        assertThat(compilation).hadErrorContaining("Field version cannot be @Convert").inFile(model)
                .onLineContaining("Money version;");
    }
}

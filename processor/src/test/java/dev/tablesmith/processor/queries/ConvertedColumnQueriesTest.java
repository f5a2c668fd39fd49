package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.processor.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Queries returning models with {@code @Convert} and {@code @Embedded} columns read them as the models' DAOs do:
 * the database value through the converter, the embedded value from its columns through a factory that gives null
 * when they are all NULL. Result columns are still matched to every column of the model, and a model of another
 * package whose converter or embedded class the implementation cannot reach is a located error.
 */
class ConvertedColumnQueriesTest {
    static final JavaFileObject MONEY = JavaFileObjects.forSourceLines("com.example.Money",
            "package com.example;",
            "public record Money(long cents) {}");
    static final JavaFileObject MONEY_CONVERTER = JavaFileObjects.forSourceLines("com.example.MoneyConverter",
            "package com.example;",
            "import java.math.BigDecimal;",
            "public final class MoneyConverter implements org.jooq.Converter<BigDecimal, Money> {",
            "    private static final long serialVersionUID = 1L;",
            "    @Override public Money from(BigDecimal amount) { return new Money(amount.movePointRight(2)"
                    + ".longValueExact()); }",
            "    @Override public BigDecimal to(Money money) { return BigDecimal.valueOf(money.cents(), 2); }",
            "    @Override public Class<BigDecimal> fromType() { return BigDecimal.class; }",
            "    @Override public Class<Money> toType() { return Money.class; }",
            "}");
    static final JavaFileObject PRODUCT = JavaFileObjects.forSourceLines("com.example.Product",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record Product(@Id Long id, String name,",
            "        @Convert(MoneyConverter.class) @Column(precision = 12, scale = 2, nullable = false) Money price) {}");
    static final JavaFileObject SHIPMENT = JavaFileObjects.forSourceLines("com.example.Shipment",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class Shipment {",
            "    public record Address(String street, String city) {}",
            "    public static class Size { public Integer width; public Integer height; }",
            "    @Id public Long id;",
            "    public String reference;",
            "    @Embedded public Address shipTo;",
            "    @Embedded public Size size;",
            "}");

    private static Compilation compile(JavaFileObject queries, JavaFileObject... more) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(MONEY, MONEY_CONVERTER, PRODUCT, SHIPMENT));
        sources.addAll(List.of(more));
        return QuerySources.compile(queries, sources.toArray(JavaFileObject[]::new));
    }

    private static String generated(String... body) throws IOException {
        return implementation(compile(QuerySources.queries(body)));
    }

    /** The generated implementation of a compilation that must succeed. */
    private static String implementation(Compilation compilation) throws IOException {
        assertThat(compilation).succeeded();
        return compilation.generatedSourceFile("com.example.TodoQueriesImpl").orElseThrow().getCharContent(true)
                .toString();
    }

    private static Compilation assertError(Message message, String line, String... body) {
        JavaFileObject queries = QuerySources.queries(body);
        Compilation compilation = compile(queries);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + message.id() + "]").inFile(queries).onLineContaining(line);
        return compilation;
    }

    @Test
    void aConvertedColumnIsReadAsItsDatabaseTypeThroughTheConverter() throws IOException {
        String impl = generated("@Query(\"select price, name, id from product where name = :name\")",
                "Optional<Product> named(String name);",
                "@Find List<Product> byName(String name);");
        // Read by the position the query gives it, converted with one converter the implementation holds.
        assertThat(impl).contains("private static final MoneyConverter PRODUCT_PRICE_CONVERTER = "
                + "new MoneyConverter();");
        assertThat(impl).containsMatch("return new Product\\(\\s+types.getLong\\(rs, 3\\),\\s+types.getString\\(rs, "
                + "2\\),\\s+Converted.from\\(PRODUCT_PRICE_CONVERTER, types.getBigDecimal\\(rs, 1\\)\\)\\)");
        assertThat(impl).containsMatch("Converted.from\\(PRODUCT_PRICE_CONVERTER, types.getBigDecimal\\(rs, 3\\)\\)");
        assertThat(impl.split("new MoneyConverter\\(\\)", -1)).hasLength(2);
    }

    @Test
    void embeddedValuesAreCreatedFromTheirColumnsAsTheDaoCreatesThem() throws IOException {
        String impl = generated("@Query(\"select * from shipment order by id\") List<Shipment> all();",
                "@Query(\"select size_height, size_width, ship_to_city, ship_to_street, reference, id from shipment\")",
                "List<Shipment> reordered();");
        assertThat(impl).contains("entity.shipTo = newShipmentShipTo(types.getString(rs, 3), "
                + "types.getString(rs, 4));");
        assertThat(impl).contains("entity.size = newShipmentSize(types.getInt(rs, 5), types.getInt(rs, 6));");
        assertThat(impl).contains("entity.shipTo = newShipmentShipTo(types.getString(rs, 4), "
                + "types.getString(rs, 3));");
        assertThat(impl).contains("entity.size = newShipmentSize(types.getInt(rs, 2), types.getInt(rs, 1));");
        // One factory per embedded property, null when all its columns are NULL, as in ShipmentDao.
        assertThat(impl).containsMatch("private static Shipment.Address newShipmentShipTo\\(String street, "
                + "String city\\) \\{\\s+if \\(street == null && city == null\\) \\{\\s+return null;");
        assertThat(impl.split("Shipment.Size newShipmentSize\\(", -1)).hasLength(2);
    }

    @Test
    void aCursorOverAConvertedColumnBindsItsKeyThroughTheConverter() throws IOException {
        String impl = generated("@Query(\"select * from product order by price\")",
                "CursoredPage<Product> byPrice(String cursor, int limit);");
        assertThat(impl).contains("List.of(ProductTable.PRODUCT.PRICE, ProductTable.PRODUCT.ID)");
        // The cursor holds the database value read raw; the table field decodes it to Money, bound converted back.
        assertThat(impl).contains("return Arrays.asList(types.getBigDecimal(rs, 3), types.getLong(rs, 1));");
        assertThat(impl).contains("var key0 = Converted.to(PRODUCT_PRICE_CONVERTER, (Money) keys.get(0));");
        assertThat(impl).contains("types.setBigDecimal(ps, i, key0)");
    }

    @Test
    void aProjectionReadsAConvertedOrEmbeddedColumnRawByItsName() throws IOException {
        JavaFileObject row = JavaFileObjects.forSourceLines("com.example.Priced", "package com.example;",
                "public record Priced(String name, java.math.BigDecimal price, String shipToCity) {}");
        Compilation compilation = compile(QuerySources.queries(
                "@Query(\"select p.name, p.price, s.ship_to_city from product p join shipment s on s.id = p.id\")",
                "List<Priced> priced();"), row);
        String impl = implementation(compilation);
        assertThat(impl).containsMatch("return new Priced\\(\\s+types.getString\\(rs, 1\\),\\s+types.getBigDecimal"
                + "\\(rs, 2\\),\\s+types.getString\\(rs, 3\\)\\)");
        assertThat(impl).doesNotContain("CONVERTER");
    }

    @Test
    void aProjectionOfTheConvertedTypeIsRefused() {
        JavaFileObject row = JavaFileObjects.forSourceLines("com.example.Priced", "package com.example;",
                "public record Priced(String name, Money price) {}");
        JavaFileObject queries = QuerySources.queries("@Query(\"select name, price from product\")",
                "List<Priced> priced();");
        Compilation compilation = compile(queries, row);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_RETURN.id() + "]").inFile(queries)
                .onLineContaining("select name, price from product");
    }

    @Test
    void aConvertedColumnMissingFromTheResultIsAnError() {
        Compilation compilation = assertError(Message.QUERY_MISSING_COLUMN, "select id, name from product",
                "@Query(\"select id, name from product\") List<Product> all();");
        assertThat(compilation).hadErrorContaining("price");
    }

    @Test
    void anEmbeddedColumnMissingFromTheResultIsAnError() {
        Compilation compilation = assertError(Message.QUERY_MISSING_COLUMN, "ship_to_street, size_width",
                "@Query(\"select id, reference, ship_to_street, size_width, size_height from shipment\")",
                "List<Shipment> all();");
        assertThat(compilation).hadErrorContaining("shipToCity");
    }

    @Test
    void aResultColumnNoColumnOfTheModelTakesIsAnError() {
        assertError(Message.QUERY_UNMATCHED_COLUMN, "as extra",
                "@Query(\"select id, name, price, name as extra from product\") List<Product> all();");
    }

    @Test
    void aParameterOfAConvertedTypeIsBoundThroughTheConverterOfItsColumns() throws IOException {
        String impl = generated("@Query(\"select * from product where price >= :min order by price\")",
                "List<Product> costingAtLeast(Money min);",
                "@Find Optional<Product> byPrice(Money price);");
        // The same converter the rows are read with turns the parameter into the DECIMAL it is compared with.
        assertThat(impl).contains("private static final MoneyConverter PRODUCT_PRICE_CONVERTER = "
                + "new MoneyConverter();");
        assertThat(impl).contains("types.setBigDecimal(ps, i, Converted.to(PRODUCT_PRICE_CONVERTER, min))");
        assertThat(impl).contains("types.setBigDecimal(ps, i, Converted.to(PRODUCT_PRICE_CONVERTER, price))");
    }

    /** {@code Fee}, whose {@code Money} is stored as a BIGINT of cents through {@code CentsConverter}. */
    private static final JavaFileObject CENTS = JavaFileObjects.forSourceLines("com.example.CentsConverter",
            "package com.example;",
            "public final class CentsConverter implements org.jooq.Converter<Long, Money> {",
            "    private static final long serialVersionUID = 1L;",
            "    @Override public Money from(Long cents) { return new Money(cents); }",
            "    @Override public Long to(Money money) { return money.cents(); }",
            "    @Override public Class<Long> fromType() { return Long.class; }",
            "    @Override public Class<Money> toType() { return Money.class; }",
            "}");
    private static final JavaFileObject FEE = JavaFileObjects.forSourceLines("com.example.Fee",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record Fee(@Id Long id, @Convert(CentsConverter.class) Money amount) {}");

    @Test
    void aParameterIsBoundThroughTheConverterOfTheColumnItMeets() throws IOException {
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from fee where amount > :least\") List<Fee> above(Money least);",
                "@Find Optional<Fee> byAmount(Money amount);",
                "@Find Optional<Product> byPrice(Money price);",
                "@Query(\"select * from product where price between :low and :high\")",
                "List<Product> between(Money low, Money high);",
                "@Query(\"update fee set amount = :amount where id = :id\") int reprice(long id, Money amount);");
        Compilation compilation = compile(queries, CENTS, FEE);
        String impl = implementation(compilation);
        // Each with its own column's converter, though two converters take a Money in this compilation.
        assertThat(impl).contains("types.setLong(ps, i, Converted.to(FEE_AMOUNT_CONVERTER, least))");
        assertThat(impl).contains("types.setLong(ps, i, Converted.to(FEE_AMOUNT_CONVERTER, amount))");
        assertThat(impl).contains("types.setBigDecimal(ps, i, Converted.to(PRODUCT_PRICE_CONVERTER, price))");
        assertThat(impl).contains("types.setBigDecimal(ps, i, Converted.to(PRODUCT_PRICE_CONVERTER, high))");
    }

    @Test
    void aParameterOfAMappedTypeMeetingAColumnConvertedFromItIsBoundThroughTheConverter() throws IOException {
        JavaFileObject status = JavaFileObjects.forSourceLines("com.example.Status", "package com.example;",
                "public enum Status { ACTIVE, INACTIVE }");
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.example.StatusConverter",
                "package com.example;",
                "public final class StatusConverter implements org.jooq.Converter<String, Status> {",
                "    private static final long serialVersionUID = 1L;",
                "    @Override public Status from(String s) { return s.equals(\"A\") ? Status.ACTIVE : Status.INACTIVE; }",
                "    @Override public String to(Status s) { return s == Status.ACTIVE ? \"A\" : \"I\"; }",
                "    @Override public Class<String> fromType() { return String.class; }",
                "    @Override public Class<Status> toType() { return Status.class; }",
                "}");
        JavaFileObject account = JavaFileObjects.forSourceLines("com.example.Account", "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public record Account(@Id Long id, @Convert(StatusConverter.class) @Column(length = 1) Status status,",
                "        Status plain) {}");
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from account where status = :status\") List<Account> in(Status status);",
                "@Find List<Account> byStatus(Status status);",
                "@Query(\"select * from account where plain = :plain\") List<Account> plainly(Status plain);");
        Compilation compilation = compile(queries, status, converter, account);
        String impl = implementation(compilation);
        // Stored as "A"/"I": binding the enum's own name would match nothing.
        assertThat(impl).contains("types.setString(ps, i, Converted.to(ACCOUNT_STATUS_CONVERTER, status))");
        assertThat(impl).doesNotContain("setEnum(ps, i, status)");
        assertThat(impl).contains("types.setEnum(ps, i, plain)");
    }

    @Test
    void aParameterMeetingColumnsStoredDifferentlyIsAnErrorNamingThem() {
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select f.* from fee f join product p on p.id = f.id where f.amount = :m or p.price = :m\")",
                "List<Fee> costing(Money m);");
        Compilation compilation = compile(queries, CENTS, FEE);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_PARAMETER_CONVERTERS.id() + "] Parameter m of "
                + "TodoQueries.costing has type com.example.Money, which the columns it meets store differently: "
                + "[Fee.amount through com.example.CentsConverter, Product.price through com.example.MoneyConverter]")
                .inFile(queries).onLineContaining("Money m");
    }

    @Test
    void aParameterMeetingNoColumnIsBoundThroughTheOneConverterOfItsTypeAmongTheQuerysTables() throws IOException {
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from fee where amount + 0 > :least\") List<Fee> above(Money least);");
        Compilation compilation = compile(queries, CENTS, FEE);
        assertThat(implementation(compilation)).contains("types.setLong(ps, i, Converted.to(FEE_AMOUNT_CONVERTER, least))");
    }

    @Test
    void aParameterOfATypeNoColumnConvertsIsRefused() {
        JavaFileObject queries = QuerySources.queries("@Query(\"select * from product where name = :name\")",
                "List<Product> named(Shipment.Address name);");
        Compilation compilation = compile(queries);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_PARAMETER_TYPE.id() + "]").inFile(queries)
                .onLineContaining("Shipment.Address name");
    }

    @Test
    void aConverterTheImplementationCannotReachIsAnError() {
        JavaFileObject item = JavaFileObjects.forSourceLines("com.example.shop.Item", "package com.example.shop;",
                "import dev.tablesmith.*;",
                "@Model public record Item(@Id Long id, @Convert(CodeConverter.class) Code code) {}");
        JavaFileObject code = JavaFileObjects.forSourceLines("com.example.shop.Code", "package com.example.shop;",
                "public record Code(String text) {}");
        JavaFileObject converter = JavaFileObjects.forSourceLines("com.example.shop.CodeConverter",
                "package com.example.shop;",
                "final class CodeConverter implements org.jooq.Converter<String, Code> {",
                "    private static final long serialVersionUID = 1L;",
                "    @Override public Code from(String text) { return new Code(text); }",
                "    @Override public String to(Code code) { return code.text(); }",
                "    @Override public Class<String> fromType() { return String.class; }",
                "    @Override public Class<Code> toType() { return Code.class; }",
                "}");
        JavaFileObject queries = QuerySources.queries("@Query(\"select * from item\")",
                "List<com.example.shop.Item> items();");
        Compilation compilation = compile(queries, item, code, converter);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_MODEL_ACCESS.id() + "]").inFile(queries)
                .onLineContaining("select * from item");
        assertThat(compilation).hadErrorContaining("converter CodeConverter is not public");
    }

    @Test
    void anEmbeddedClassTheImplementationCannotReachIsAnError() {
        JavaFileObject crate = JavaFileObjects.forSourceLines("com.example.shop.Crate", "package com.example.shop;",
                "import dev.tablesmith.*;",
                "@Model public record Crate(@Id Long id, @Embedded Label label) {}");
        JavaFileObject label = JavaFileObjects.forSourceLines("com.example.shop.Label", "package com.example.shop;",
                "record Label(String text, String color) {}");
        JavaFileObject queries = QuerySources.queries("@Query(\"select * from crate\")",
                "List<com.example.shop.Crate> crates();");
        Compilation compilation = compile(queries, crate, label);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_MODEL_ACCESS.id() + "]").inFile(queries)
                .onLineContaining("select * from crate");
        assertThat(compilation).hadErrorContaining("embedded class Label is not public");
    }

    @Test
    void aModelOfAnotherPackageWithPublicConvertersAndEmbeddedClassesIsRead() throws IOException {
        JavaFileObject crate = JavaFileObjects.forSourceLines("com.example.shop.Crate", "package com.example.shop;",
                "import dev.tablesmith.*;",
                "@Model public class Crate {",
                "    @Id public Long id;",
                "    @Embedded public com.example.Shipment.Address to;",
                "    @Convert(com.example.MoneyConverter.class) public com.example.Money worth;",
                "}");
        Compilation compilation = compile(QuerySources.queries("@Query(\"select * from crate\")",
                "List<com.example.shop.Crate> crates();"), crate);
        String impl = implementation(compilation);
        assertThat(impl).contains("entity.to = newCrateTo(types.getString(rs, 2), types.getString(rs, 3));");
        assertThat(impl).contains("entity.worth = Converted.from(CRATE_WORTH_CONVERTER, types.getBigDecimal(rs, 4));");
    }
}

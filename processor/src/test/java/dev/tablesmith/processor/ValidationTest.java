package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per message of the catalogue: a model the processor cannot map faithfully fails to compile with the
 * message's id, on the line of the offending element.
 */
class ValidationTest {

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    private static JavaFileObject source(String name, String... body) {
        String[] lines = new String[body.length + 8];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        lines[3] = "import java.math.BigDecimal;";
        lines[4] = "import java.time.*;";
        lines[5] = "";
        lines[6] = "// " + name;
        lines[7] = "";
        System.arraycopy(body, 0, lines, 8, body.length);
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

    @Test
    void modelOnAnInterface() {
        assertError(Message.MODEL_KIND, "interface Bad", source("Bad", "@Model public interface Bad {}"));
    }

    @Test
    void anAbstractModelNamingATable() {
        JavaFileObject file = source("Bad", "@Model(bind = \"auth\",", "    table = \"bad\")",
                "public abstract class Bad { @Id Long id; }");
        assertError(Message.ABSTRACT_TABLE, "table = \"bad\"", file);
        assertThat(compile(file)).hadErrorContaining("@Model Bad is abstract, so it has no table of its own");
    }

    @Test
    void aReferenceToAnAbstractModelBase() {
        JavaFileObject base = source("Base", "@Model public abstract class Base { @Id Long id; }");
        assertError(Message.REFERENCE_NOT_MODEL, "@References(Base.class)",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @References(Base.class)",
                        "  Long base;", "}"), base);
    }

    @Test
    void modelOnAnEnum() {
        assertError(Message.MODEL_KIND, "enum Bad", source("Bad", "@Model public enum Bad { A }"));
    }

    @Test
    void modelOnANonStaticInnerClass() {
        assertError(Message.MODEL_KIND, "class Inner",
                source("Bad", "public class Bad {", "  @Model class Inner { @Id Long id; }", "}"));
    }

    @Test
    void missingId() {
        assertError(Message.MISSING_ID, "class Bad", source("Bad", "@Model public class Bad { String name; }"));
    }

    @Test
    void aCompositeKeyColumnAskingToBeGenerated() {
        assertError(Message.COMPOSITE_ID_GENERATED, "@Id(generated = true) Long second;",
                source("Bad", "@Model public class Bad {", "  @Id Long first;", "  @Id(generated = true) Long second;",
                        "}"));
    }

    @Test
    void aReferenceToACompositeKey() {
        JavaFileObject link = source("Link", "@Model public class Link {", "  @Id Long a;", "  @Id Long b;", "}");
        assertError(Message.REFERENCE_COMPOSITE, "@References(Link.class) Long linkId;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @References(Link.class) Long linkId;",
                        "}"), link);
    }

    @Test
    void unsupportedTypeNamesTheSupportedOnes() {
        JavaFileObject file = source("Bad", "@Model public class Bad {", "  @Id Long id;", "  List<String> tags;", "}");
        assertError(Message.UNSUPPORTED_TYPE, "List<String> tags;", file);
        assertThat(compile(file)).hadErrorContaining("long/Long, int/Integer");
    }

    @Test
    void aFieldOfAModelTypeSuggestsRelatedAndItsForeignKey() {
        JavaFileObject user = source("User", "@Model public class User { @Id long id; }");
        JavaFileObject post = source("Post", "@Model public class Post {", "  @Id Long id;", "  User author;", "}");
        assertError(Message.MODEL_FIELD, "User author;", post, user);
        assertThat(compile(post, user)).hadErrorContaining("Field author has type User, which is a @Model");
        assertThat(compile(post, user)).hadErrorContaining("annotate it @Related to load the related User");
        assertThat(compile(post, user)).hadErrorContaining("@References(User.class) Long authorId");
    }

    @Test
    void aCollectionOfAModelSuggestsRelatedAndTheForeignKeyOnTheOtherSide() {
        JavaFileObject post = source("Post", "@Model public record Post(@Id Long id, String title) {}");
        for (String type : List.of("List<Post>", "Set<Post>")) {
            JavaFileObject author = source("Author", "@Model public class Author {", "  @Id UUID id;",
                    "  " + type + " posts;", "}");
            assertError(Message.MODEL_COLLECTION, type + " posts;", author, post);
            assertThat(compile(author, post)).hadErrorContaining("declare it @Related List<Post>");
            assertThat(compile(author, post)).hadErrorContaining(
                    "a foreign-key column of Post, @References(Author.class) UUID authorId");
        }
    }

    @Test
    void privateFieldWithoutAccessor() {
        assertError(Message.INACCESSIBLE_FIELD, "private String secret;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  private String secret;", "}"));
    }

    @Test
    void classItCannotConstruct() {
        assertError(Message.NO_CONSTRUCTOR, "class Bad", source("Bad",
                "@Model public class Bad {",
                "  @Id private final Long id;",
                "  private final String name;",
                "  public Bad(Long key, String label) { this.id = key; this.name = label; }",
                "  public Long getId() { return id; }",
                "  public String getName() { return name; }",
                "}"));
    }

    @Test
    void columnsThatCollideAfterDerivation() {
        assertError(Message.DUPLICATE_COLUMN, "String userId;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  String userID;", "  String userId;",
                        "}"));
    }

    @Test
    void nameLongerThanPostgresKeeps() {
        assertError(Message.NAME_TOO_LONG, "class Bad", source("Bad",
                "@Model(table = \"" + "t".repeat(64) + "\") public class Bad { @Id Long id; }"));
    }

    @Test
    void blankExplicitName() {
        assertError(Message.INVALID_NAME, "String name;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Column(name = \" \")",
                        "  String name;", "}"));
    }

    @Test
    void aDerivedTableNameWithPostgresCatalogPrefix() {
        JavaFileObject file = source("PgUser", "@Model public class PgUser { @Id Long id; }");
        assertError(Message.RESERVED_PREFIX, "class PgUser", file);
        assertThat(compile(file)).hadErrorContaining("Table name \"pg_user\" starts with \"pg_\"");
        assertThat(compile(file)).hadErrorContaining("@Model(table = \"...\")");
    }

    @Test
    void anExplicitTableNameWithSqlitePrefixInAnyCase() {
        assertError(Message.RESERVED_PREFIX, "@Model(table = \"SQLite_Stat\")",
                source("Bad", "@Model(table = \"SQLite_Stat\")", "public class Bad { @Id Long id; }"));
        assertError(Message.RESERVED_PREFIX, "@Model(table = \"PG_things\")",
                source("Bad", "@Model(table = \"PG_things\")", "public class Bad { @Id Long id; }"));
    }

    @Test
    void anIndexNameWithAReservedPrefix() {
        assertError(Message.RESERVED_PREFIX, "class Bad", source("Bad",
                "@Index(columns = \"a\", name = \"sqlite_a\")",
                "@Model public class Bad { @Id Long id; String a; }"));
    }

    @Test
    void namesThatOnlyContainAReservedPrefixAreFine() {
        JavaFileObject file = source("MyPgUser", "@Index(columns = \"a\", name = \"my_sqlite_a\")",
                "@Model public class MyPgUser { @Id Long id; String a; }");
        assertThat(compile(file)).succeeded();
    }

    @Test
    void twoModelsOnOneTable() {
        assertError(Message.DUPLICATE_TABLE, "static class Second", source("Bad",
                "public class Bad {",
                "  @Model(table = \"thing\") public static class First { @Id Long id; }",
                "  @Model(table = \"thing\") public static class Second { @Id Long id; }",
                "}"));
    }

    @Test
    void twoModelsWhoseGeneratedClassesWouldHaveOneName() {
        JavaFileObject file = source("Bad",
                "public class Bad {",
                "  public static class A { @Model(table = \"a_item\") public static class Item { @Id Long id; } }",
                "  public static class B { @Model(table = \"b_item\") public static class Item { @Id Long id; } }",
                "}");
        assertError(Message.GENERATED_CLASS_CLASH, "@Model(table = \"b_item\")", file);
        assertThat(compile(file)).hadErrorContaining("@Model com.example.Bad.A.Item and @Model com.example.Bad.B.Item "
                + "would both generate com.example.ItemTable and com.example.ItemDao");
    }

    @Test
    void referenceToAClassThatIsNotAModel() {
        assertError(Message.REFERENCE_NOT_MODEL, "@References(String.class)",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @References(String.class)",
                        "  Long owner;", "}"));
    }

    @Test
    void aReferenceToAClassThatDoesNotExist() {
        JavaFileObject file = source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @References(Missing.class)",
                "  Long owner;", "}");
        assertError(Message.UNRESOLVED_TYPE, "@References(Missing.class)", file);
        assertThat(compile(file)).hadErrorContaining("@Model Bad cannot be mapped: a class or constant in @References "
                + "on field owner of Bad does not resolve to a type");
    }

    @Test
    void aFieldOfATypeThatDoesNotExist() {
        assertError(Message.UNRESOLVED_TYPE, "List<Missing> things;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Transient List<Missing> things;",
                        "}"));
    }

    @Test
    void aModelReferencingAModelWithATypeThatDoesNotExistIsReportedOnTheReference() {
        JavaFileObject bad = source("Bad", "@Model public class Bad {", "  @Id Long id;", "  Missing thing;", "}");
        JavaFileObject child = source("Child", "@Model public class Child {", "  @Id Long id;",
                "  @References(Bad.class)", "  Long bad;", "}");
        Compilation compilation = compile(bad, child);
        assertThat(compilation).hadErrorContaining("[" + Message.UNRESOLVED_TYPE.id() + "]").inFile(bad)
                .onLineContaining("Missing thing;");
        assertThat(compilation).hadErrorContaining("[" + Message.REFERENCE_INVALID.id() + "]").inFile(child)
                .onLineContaining("@References(Bad.class)");
    }

    @Test
    void referenceWhoseTypeDiffersFromTheTargetId() {
        JavaFileObject author = source("Author", "@Model public class Author { @Id Long id; }");
        assertError(Message.REFERENCE_TYPE, "@References(Author.class)",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @References(Author.class)",
                        "  String author;", "}"), author);
    }

    @Test
    void indexOnAMissingColumn() {
        assertError(Message.INDEX_UNKNOWN_COLUMN, "@Index(columns = \"nope\")",
                source("Bad", "@Index(columns = \"nope\")", "@Model public class Bad { @Id Long id; }"));
    }

    @Test
    void twoDifferentIndexesWithOneName() {
        assertError(Message.DUPLICATE_INDEX, "class Bad", source("Bad",
                "@Index(columns = \"a\", name = \"same\")",
                "@Index(columns = \"b\", name = \"same\")",
                "@Model public class Bad { @Id Long id; String a; String b; }"));
    }

    @Test
    void aTextLengthBelowOne() {
        assertError(Message.COLUMN_SIZE, "@Column(length = 0)",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Column(length = 0)",
                        "  String name;", "}"));
    }

    @Test
    void aScaleAbovePrecision() {
        assertError(Message.COLUMN_SIZE, "@Column(precision = 4, scale = 6)",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Column(precision = 4, scale = 6)",
                        "  BigDecimal amount;", "}"));
    }

    @Test
    void aDefaultThatSmugglesStatements() {
        JavaFileObject file = source("Bad", "@Model public class Bad {", "  @Id Long id;",
                "  @Column(length = 20,",
                "      defaultValue = \"'x'); drop table t; create table u (id int\")",
                "  String status;", "}");
        assertError(Message.INVALID_DEFAULT, "defaultValue = ", file);
        assertThat(compile(file)).hadErrorContaining(
                "Field status has @Column(defaultValue = \"'x'); drop table t; create table u (id int\"): it "
                        + "contains ; outside a string");
    }

    @Test
    void aDefaultThatJooqReadsAsOneExpressionButMariaDbDoesNot() {
        assertError(Message.INVALID_DEFAULT, "@Column(defaultValue", source("Bad", "@Model public class Bad {",
                "  @Id Long id;", "  @Column(defaultValue = \"'a\\\\'' || 'b'\")", "  String status;", "}"));
    }

    @Test
    void versionThatIsNotIntegral() {
        assertError(Message.VERSION_TYPE, "String revision;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Version", "  String revision;",
                        "}"));
    }

    @Test
    void twoVersions() {
        assertError(Message.DUPLICATE_VERSION, "long second;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Version long first;",
                        "  @Version", "  long second;", "}"));
    }

    @Test
    void transientRecordComponent() {
        assertError(Message.TRANSIENT_COMPONENT, "@Transient",
                source("Bad", "@Model public record Bad(@Id Long id,", "    @Transient String cache) {}"));
    }

    @Test
    void aColumnAnnotationOnAGetterNamesTheFieldToMoveItTo() {
        JavaFileObject file = source("Bad", "@Model public class Bad {", "  @Id private Long id;",
                "  private String name;", "  public Long getId() { return id; }", "  public void setId(Long id) { this.id = id; }",
                "  @Column(unique = true)", "  public String getName() { return name; }",
                "  public void setName(String name) { this.name = name; }", "}");
        assertError(Message.MISPLACED_ANNOTATION, "@Column(unique = true)", file);
        assertThat(compile(file)).hadErrorContaining("@Column on method getName() of Bad is never read");
        assertThat(compile(file)).hadErrorContaining("move it to the field name");
    }

    @Test
    void everyFieldAnnotationOnAMethodIsAnError() {
        for (String annotation : List.of("@Id", "@Transient", "@References(Bad.class)", "@Version",
                "@RenamedFrom(\"old\")")) {
            assertError(Message.MISPLACED_ANNOTATION, annotation + " public",
                    source("Bad", "@Model public class Bad {", "  @Id Long id;", "  long count;",
                            "  " + annotation + " public long count() { return count; }", "}"));
        }
    }

    @Test
    void aFieldAnnotationOnAConstructorParameterOrASuperclassMethodIsAnError() {
        assertError(Message.MISPLACED_ANNOTATION, "@Column(name = \"label\")", source("Bad",
                "@Model public final class Bad {", "  @Id final Long id;", "  final String name;",
                "  Bad(Long id,", "      @Column(name = \"label\") String name) { this.id = id; this.name = name; }", "}"));
        JavaFileObject base = source("Base", "public abstract class Base {", "  Long id;",
                "  @Id public Long getId() { return id; }", "}");
        assertError(Message.MISPLACED_ANNOTATION, "@Id public Long getId()", base,
                source("Bad", "@Model public class Bad extends Base { String name; }"));
    }

    @Test
    void aFieldAnnotationOnARecordsOwnAccessorIsAnErrorButOnItsComponentsItIsNot() {
        JavaFileObject file = source("Bad", "@Model public record Bad(@Id Long id, String name) {",
                "  @Column(length = 20)", "  public String name() { return name; }", "}");
        assertError(Message.MISPLACED_ANNOTATION, "@Column(length = 20)", file);
        assertThat(compile(file)).hadErrorContaining("move it to the record component name");
        JavaFileObject author = source("Author", "@Model public class Author { @Id Long id; }");
        assertThat(compile(author, source("Good", "@Model public record Good(@Id Long id,",
                "    @Column(length = 20) @RenamedFrom(\"title\") String name,",
                "    @References(Author.class) Long author, @Version long version) {", "  public Good {}", "}")))
                .succeeded();
    }

    @Test
    void nullableId() {
        assertError(Message.ID_NULLABLE, "@Column(nullable = true)",
                source("Bad", "@Model public class Bad {", "  @Id @Column(nullable = true)", "  Long id;", "}"));
    }

    @Test
    void aTypeOfTheCompilationThatHasTheNameOfAGeneratedClass() {
        JavaFileObject model = source("Account", "@Model public class Account { @Id Long id; }");
        JavaFileObject own = source("AccountDao", "public class AccountDao {}");
        assertError(Message.GENERATED_NAME_TAKEN, "class Account ", model, own);
        assertThat(compile(model, own)).hadErrorContaining("com.example.AccountDao");
    }

    @Test
    void reservedWordsGetAWarningUnlessSilenced() {
        JavaFileObject order = source("Order", "@Model public class Order { @Id Long id; }");
        Compilation warned = javac().withProcessors(TablesmithProcessor.processors()).compile(order);
        assertThat(warned).succeeded();
        assertThat(warned).hadWarningContaining("[" + Message.QUOTED_NAME.id() + "]").inFile(order)
                .onLineContaining("class Order");
        assertThat(compile(order)).succeededWithoutWarnings();
    }

    @Test
    void aBadModelDoesNotStopTheOthers() {
        JavaFileObject bad = source("Bad", "@Model public class Bad { String name; }");
        JavaFileObject good = source("Good", "@Model public class Good { @Id Long id; }");
        JavaFileObject user = source("Uses", "class Uses {", "  GoodDao good(Database db) { return new GoodDao(db); }",
                "}");
        Compilation compilation = compile(bad, good, user);
        assertThat(compilation).failed();
        // The only error is Bad's: GoodDao was generated, so the code using it compiled.
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[" + Message.MISSING_ID.id() + "]");
    }

    @Test
    void aModelReferencingABadModelIsReportedInsteadOfGeneratingCodeThatCannotCompile() {
        JavaFileObject bad = source("Bad", "@Model public class Bad { String name; }");
        JavaFileObject child = source("Child", "@Model public class Child {", "  @Id Long id;",
                "  @References(Bad.class)", "  Long bad;", "}");
        Compilation compilation = compile(bad, child);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[" + Message.MISSING_ID.id() + "]").inFile(bad)
                .onLineContaining("class Bad");
        assertThat(compilation).hadErrorContaining("[" + Message.REFERENCE_INVALID.id() + "]").inFile(child)
                .onLineContaining("@References(Bad.class)");
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Related} properties: the generated {@code Relation} constants (golden files for a class and a record), and
 * one located negative test per message.
 */
class RelationsTest {
    private static final JavaFileObject AUTHOR = source("Author",
            "@Model public class Author {",
            "    @Id Long id;",
            "    String name;",
            "    @Related List<Book> books;",
            "}");
    private static final JavaFileObject BOOK = source("Book",
            "@Model public class Book {",
            "    @Id Long id;",
            "    @References(Author.class) Long authorId;",
            "    @Related Author author;",
            "    @Related(through = BookTag.class) List<Tag> tags;",
            "}");
    private static final JavaFileObject TAG = source("Tag",
            "@Model public record Tag(@Id Long id, String name, @Related(through = BookTag.class) List<Book> books) {}");
    private static final JavaFileObject BOOK_TAG = source("BookTag",
            "@Model public record BookTag(@Id @References(Book.class) long bookId,",
            "        @Id @References(Tag.class) long tagId) {}");

    private static JavaFileObject source(String name, String... body) {
        String[] lines = new String[body.length + 3];
        lines[0] = "package com.example;";
        lines[1] = "import dev.tablesmith.*;";
        lines[2] = "import java.util.*;";
        System.arraycopy(body, 0, lines, 3, body.length);
        return JavaFileObjects.forSourceLines("com.example." + name, lines);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
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
    void relationConstantsMatchTheirGoldenFiles() {
        Compilation compilation = compile(AUTHOR, BOOK, TAG, BOOK_TAG);
        assertThat(compilation).succeeded();
        Golden.assertGenerated(compilation, "com.example.AuthorDao", "AuthorDao.java");
        Golden.assertGenerated(compilation, "com.example.BookDao", "BookDao.java");
        Golden.assertGenerated(compilation, "com.example.TagDao", "TagDao.java");
    }

    @Test
    void aRecordFilledWithARelationKeepsItsEmbeddedValue() {
        JavaFileObject address = source("Address", "public record Address(String street, String city) {}");
        JavaFileObject shop = source("Shop", "@Model public record Shop(@Id Long id, @Embedded Address address,",
                "        @Related List<Item> items) {}");
        JavaFileObject item = source("Item", "@Model public record Item(@Id Long id, @References(Shop.class) Long shopId) {}");
        Compilation compilation = compile(address, shop, item);
        assertThat(compilation).succeeded();
        assertThat(Golden.generated(compilation, "com.example.ShopDao"))
                .contains("(parent, value) -> new Shop(parent.id(), parent.address(), value)");
    }

    @Test
    void relationFieldsAreNeverColumns() {
        Compilation compilation = compile(AUTHOR, BOOK, TAG, BOOK_TAG);
        String table = Golden.generated(compilation, "com.example.BookTable");
        assertThat(table).doesNotContain("AUTHOR =");
        assertThat(table).doesNotContain("TAGS");
        assertThat(Golden.generated(compilation, "com.example.TagTable")).doesNotContain("BOOKS");
    }

    @Test
    void nestingIsCheckedByType() {
        JavaFileObject caller = source("Caller",
                "class Caller {",
                "    static Relation<Author, Book> fine = AuthorDao.BOOKS.with(BookDao.TAGS.with(TagDao.BOOKS));",
                "    static Relation<Author, Book> wrong = AuthorDao.BOOKS.with(TagDao.BOOKS);",
                "}");
        Compilation compilation = compile(AUTHOR, BOOK, TAG, BOOK_TAG, caller);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("").inFile(caller).onLineContaining("wrong =");
    }

    @Test
    void aRelationToSomethingThatIsNotAModel() {
        assertError(Message.RELATED_NOT_MODEL, "@Related List<String> names;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Related List<String> names;", "}"));
    }

    @Test
    void aRelationInAnotherCollectionThanAList() {
        JavaFileObject child = source("Child", "@Model public class Child { @Id Long id; @References(Bad.class) Long badId; }");
        assertError(Message.RELATED_COLLECTION, "@Related Set<Child> children;",
                source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Related Set<Child> children;", "}"),
                child);
    }

    @Test
    void aRelationWithoutForeignKey() {
        JavaFileObject child = source("Child", "@Model public class Child { @Id Long id; }");
        JavaFileObject bad = source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Related List<Child> children;",
                "}");
        assertError(Message.RELATED_NO_KEY, "@Related List<Child> children;", bad, child);
        assertThat(compile(bad, child)).hadErrorContaining("Child has no @References(Bad.class) property");
    }

    @Test
    void aRelationWithTwoCandidateForeignKeysAndNoVia() {
        JavaFileObject child = source("Child", "@Model public class Child {", "  @Id Long id;",
                "  @References(Bad.class) Long ownerId;", "  @References(Bad.class) Long editorId;", "}");
        JavaFileObject bad = source("Bad", "@Model public class Bad {", "  @Id Long id;", "  @Related List<Child> owned;",
                "  @Related(via = \"editorId\") List<Child> edited;", "}");
        assertError(Message.RELATED_AMBIGUOUS, "@Related List<Child> owned;", bad, child);
        long ambiguous = compile(bad, child).errors().stream()
                .filter(e -> e.getMessage(null).contains(Message.RELATED_AMBIGUOUS.id())).count();
        assertThat(ambiguous).isEqualTo(1L); // the relation naming its foreign key with via compiles
    }

    @Test
    void aViaNamingNoForeignKey() {
        JavaFileObject parent = source("Parent", "@Model public class Parent { @Id Long id; }");
        JavaFileObject bad = source("Bad", "@Model public class Bad {", "  @Id Long id;",
                "  @References(Parent.class) Long parentId;", "  @Related(via = \"parent\") Parent parent;", "}");
        assertError(Message.RELATED_VIA_UNKNOWN, "@Related(via = \"parent\") Parent parent;", bad, parent);
        assertThat(compile(bad, parent)).hadErrorContaining("its candidates are parentId");
    }

    @Test
    void aThroughModelWithoutBothForeignKeys() {
        JavaFileObject tag = source("Tag", "@Model public class Tag { @Id Long id; }");
        JavaFileObject join = source("Join", "@Model public record Join(@Id Long id, @References(Bad.class) Long badId) {}");
        JavaFileObject bad = source("Bad", "@Model public class Bad {", "  @Id Long id;",
                "  @Related(through = Join.class) List<Tag> tags;", "}");
        assertError(Message.RELATED_THROUGH, "@Related(through = Join.class) List<Tag> tags;", bad, tag, join);
        assertThat(compile(bad, tag, join)).hadErrorContaining("exactly one @References(Tag.class) property");
    }
}

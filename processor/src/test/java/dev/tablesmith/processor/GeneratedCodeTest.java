package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Golden tests of the generated table and DAO, and the properties every generated file must have. */
class GeneratedCodeTest {
    private static final JavaFileObject USER = JavaFileObjects.forSourceLines("com.example.User",
            "package com.example;",
            "",
            "import dev.tablesmith.Column;",
            "import dev.tablesmith.Id;",
            "import dev.tablesmith.Model;",
            "",
            "@Model",
            "public class User {",
            "    @Id Long id;",
            "    @Column(unique = true, nullable = false) String username;",
            "    String email;",
            "}");

    private static final JavaFileObject POST = JavaFileObjects.forSourceLines("com.example.Post",
            "package com.example;",
            "",
            "import dev.tablesmith.Id;",
            "import dev.tablesmith.Model;",
            "import java.time.Instant;",
            "",
            "@Model",
            "public record Post(@Id Long id, String title, Instant posted) {}");

    private static final JavaFileObject MONEY = JavaFileObjects.forSourceLines("com.example.Payment",
            "package com.example;",
            "",
            "import dev.tablesmith.Id;",
            "import dev.tablesmith.Model;",
            "import java.math.BigDecimal;",
            "import java.util.UUID;",
            "",
            "@Model",
            "public final class Payment {",
            "    @Id private final UUID id;",
            "    private final BigDecimal amount;",
            "    private final Status status;",
            "    public enum Status { OPEN, PAID }",
            "    public Payment(UUID id, BigDecimal amount, Status status) {",
            "        this.id = id; this.amount = amount; this.status = status;",
            "    }",
            "    public UUID getId() { return id; }",
            "    public BigDecimal getAmount() { return amount; }",
            "    public Status getStatus() { return status; }",
            "}");

    private static final JavaFileObject COMMENT = JavaFileObjects.forSourceLines("com.example.Comment",
            "package com.example;",
            "",
            "import dev.tablesmith.*;",
            "",
            "@Model",
            "@Index(columns = {\"postId\", \"position\"}, unique = true)",
            "@Index(columns = \"author\")",
            "public class Comment {",
            "    @Id long id;",
            "    @References(value = Post.class, onDelete = ReferenceAction.CASCADE) @Column(nullable = false) Long postId;",
            "    int position;",
            "    @Column(length = 80, index = true) String author;",
            "    @Version long version;",
            "}");

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    @Test
    void userTableAndDaoMatchTheirGoldenFiles() {
        Compilation compilation = compile(USER);
        assertThat(compilation).succeededWithoutWarnings();
        Golden.assertGenerated(compilation, "com.example.UserTable", "UserTable.java");
        Golden.assertGenerated(compilation, "com.example.UserDao", "UserDao.java");
    }

    @Test
    void recordModelMatchesItsGoldenFiles() {
        Compilation compilation = compile(POST);
        assertThat(compilation).succeededWithoutWarnings();
        Golden.assertGenerated(compilation, "com.example.PostTable", "PostTable.java");
        Golden.assertGenerated(compilation, "com.example.PostDao", "PostDao.java");
    }

    @Test
    void immutableClassModelMatchesItsGoldenFiles() {
        Compilation compilation = compile(MONEY);
        assertThat(compilation).succeededWithoutWarnings();
        Golden.assertGenerated(compilation, "com.example.PaymentTable", "PaymentTable.java");
        Golden.assertGenerated(compilation, "com.example.PaymentDao", "PaymentDao.java");
    }

    @Test
    void foreignKeyIndexesAndVersionMatchTheirGoldenFiles() {
        Compilation compilation = compile(POST, COMMENT);
        assertThat(compilation).succeededWithoutWarnings();
        Golden.assertGenerated(compilation, "com.example.CommentTable", "CommentTable.java");
        Golden.assertGenerated(compilation, "com.example.CommentDao", "CommentDao.java");
    }

    @Test
    void theServiceFileListsTheTableProvider() throws IOException {
        Compilation compilation = compile(USER);
        var service = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/services/dev.tablesmith.generated.TableProvider");
        assertThat(service.isPresent()).isTrue();
        assertThat(new String(service.get().openInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("com.example.UserTable$Provider\n");
    }

    @Test
    void outputIsDeterministic() {
        String first = Golden.generated(compile(USER), "com.example.UserDao")
                + Golden.generated(compile(USER), "com.example.UserTable");
        String second = Golden.generated(compile(USER), "com.example.UserDao")
                + Golden.generated(compile(USER), "com.example.UserTable");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void everyGeneratedFileCarriesGenerated() {
        Compilation compilation = compile(USER);
        for (String type : new String[] {"com.example.UserTable", "com.example.UserDao"}) {
            assertThat(Golden.generated(compilation, type))
                    .contains("@Generated(\"dev.tablesmith.processor.TablesmithProcessor\")");
        }
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A foreign key that many rows may share gets {@code findAllByX}; one that identifies a row does not. */
class ForeignKeyFindersTest {
    private static final JavaFileObject USER = JavaFileObjects.forSourceLines("com.example.User",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public class User { @Id Long id; }");
    private static final JavaFileObject POST = JavaFileObjects.forSourceLines("com.example.Post",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record Post(@Id Long id, @References(User.class) Long authorId,",
            "        @References(User.class) @Column(unique = true) Long pinnedBy,",
            "        @References(User.class) long editorId) {}");
    private static final JavaFileObject PROFILE = JavaFileObjects.forSourceLines("com.example.Profile",
            "package com.example;",
            "import dev.tablesmith.*;",
            "@Model public record Profile(@Id(generated = false) @References(User.class) Long userId, String bio) {}");

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Xlint:all", "-Werror", "-Atablesmith.quotedNameWarnings=false")
                .compile(sources);
    }

    @Test
    void everyNonUniqueForeignKeyHasAFinderReturningAList() {
        JavaFileObject caller = JavaFileObjects.forSourceLines("com.example.Caller",
                "package com.example;",
                "import java.util.List;",
                "class Caller {",
                "    static void use(PostDao posts) {",
                "        List<Post> byAuthor = posts.findAllByAuthorId(1L);",
                "        List<Post> byEditor = posts.findAllByEditorId(2L);",
                "    }",
                "}");
        assertThat(compile(USER, POST, PROFILE, caller)).succeeded();
    }

    @Test
    void aUniqueForeignKeyOrAnIdHasNone() {
        Compilation compilation = compile(USER, POST, PROFILE);
        assertThat(compilation).succeeded();
        assertThat(Golden.generated(compilation, "com.example.PostDao")).doesNotContain("findAllByPinnedBy");
        assertThat(Golden.generated(compilation, "com.example.PostDao")).contains("findByPinnedBy");
        assertThat(Golden.generated(compilation, "com.example.ProfileDao")).doesNotContain("findAllBy");
    }

    @Test
    void aNullValueMatchesNothingWithoutAQuery() {
        String dao = Golden.generated(compile(USER, POST, PROFILE), "com.example.PostDao");
        assertThat(dao).contains("if (authorId == null) {\n            return List.of();");
        assertThat(dao).contains("return where(PostTable.POST.AUTHOR_ID.eq(authorId)).list();");
    }
}

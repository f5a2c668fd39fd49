package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.Message;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @Query} may name the tables of models compiled in another module: the processor finds them through the
 * table index that module's compilation wrote, reads the models from their class files, and checks, renders and maps
 * the query exactly as for a model of its own compilation.
 */
class ClassPathQueriesTest {
    /** Module "lib": a record model and a class model, in a package of their own. */
    private static final JavaFileObject MEMBER = JavaFileObjects.forSourceLines("com.lib.Member",
            "package com.lib;",
            "import dev.tablesmith.*;",
            "@Model public record Member(@Id Long id, @Column(unique = true) String username) {}");
    private static final JavaFileObject BADGE = JavaFileObjects.forSourceLines("com.lib.Badge",
            "package com.lib;",
            "import dev.tablesmith.*;",
            "@Model public class Badge {",
            "    @Id public Long id;",
            "    @References(Member.class) public long memberId;",
            "    public String label;",
            "}");
    private static final JavaFileObject BADGE_COUNT = JavaFileObjects.forSourceLines("com.example.BadgeCount",
            "package com.example;",
            "public record BadgeCount(String username, long badges) {}");
    private static final JavaFileObject TITLE_OWNER = JavaFileObjects.forSourceLines("com.example.TitleOwner",
            "package com.example;",
            "public record TitleOwner(String title, String username) {}");

    @TempDir
    Path dir;

    /** The models' module as a jar, as a dependency resolved from a repository is. */
    private Path lib() {
        return OtherModules.jar(OtherModules.module(dir.resolve("lib"), List.of(), MEMBER, BADGE),
                dir.resolve("lib.jar"));
    }

    /** The {@code @Queries} module: the query test's own models, and {@code queries}, with {@code lib} on its class path. */
    private static Compilation app(Path lib, JavaFileObject queries, JavaFileObject... more) {
        List<JavaFileObject> sources = new ArrayList<>(List.of(QuerySources.TODO, QuerySources.USER, BADGE_COUNT,
                TITLE_OWNER, queries));
        sources.addAll(List.of(more));
        return OtherModules.compile(List.of(lib), sources.toArray(JavaFileObject[]::new));
    }

    @Test
    void eachTableIsListedInAResourceOfItsOwn() throws Exception {
        Compilation compilation = OtherModules.compile(List.of(), MEMBER, BADGE);
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "tablesmith/this/tables/member")
                .contentsAsString(StandardCharsets.UTF_8).isEqualTo("com.lib.Member\n");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "tablesmith/this/tables/badge")
                .contentsAsString(StandardCharsets.UTF_8).isEqualTo("com.lib.Badge\n");
    }

    @Test
    void queriesReadTheModelsOfAnotherModuleJoinThemAndRunOnH2() throws Exception {
        Path lib = lib();
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from member where username = :name\")",
                "Optional<com.lib.Member> named(String name);",
                "@Query(\"select * from badge where member_id = :memberId order by label\")",
                "List<com.lib.Badge> badgesOf(long memberId);",
                "@Query(\"select m.username, count(b.id) as badges from member m join badge b on b.member_id = m.id\"",
                "        + \" group by m.username order by m.username\")",
                "List<BadgeCount> counts();",
                "@Query(\"select t.title, m.username from todo t join member m on m.id = t.user_id order by t.title\")",
                "List<TitleOwner> owners();",
                "@Find Optional<com.lib.Member> byUsername(String username);");
        Compilation compilation = app(lib, queries);
        assertThat(compilation).succeeded();
        String impl = compilation.generatedSourceFile("com.example.TodoQueriesImpl").orElseThrow()
                .getCharContent(true).toString();
        // The other module's generated table class is on the class path, and the query runs on its bind.
        assertThat(impl).contains("RenderedQuery.builder(\"TodoQueries.named\", MemberTable.MEMBER)");
        assertThat(impl).contains("SQLDialect.POSTGRES, \"select \\\"member\\\".\\\"id\\\", \\\"member\\\""
                + ".\\\"username\\\" from \\\"member\\\" where \\\"member\\\".\\\"username\\\" = ?\"");
        Path app = OtherModules.write(compilation, dir.resolve("app"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL(), app.toUri().toURL()},
                getClass().getClassLoader());
                Database db = Database.builder().inMemory().models(table(loader, "com.lib.MemberTable", "MEMBER"),
                        table(loader, "com.lib.BadgeTable", "BADGE"), table(loader, "com.example.UserTable", "USER"),
                        table(loader, "com.example.TodoTable", "TODO")).build()) {
            db.createAll();
            db.inContext(() -> {
                var dsl = db.session().dsl();
                dsl.execute("insert into \"member\" (\"id\", \"username\") values (1, 'ada'), (2, 'bob')");
                dsl.execute("insert into \"badge\" (\"id\", \"member_id\", \"label\") values (1, 1, 'x'), "
                        + "(2, 1, 'w'), (3, 2, 'v')");
                dsl.execute("insert into \"user\" (\"id\", \"username\") values (1, 'u'), (2, 'v')");
                dsl.execute("insert into \"todo\" (\"id\", \"user_id\", \"title\", \"done\") values (1, 1, 'write', "
                        + "false), (2, 2, 'read', false)");
            });
            Object queriesImpl = loader.loadClass("com.example.TodoQueriesImpl").getConstructor(Database.class)
                    .newInstance(db);
            db.inContext(() -> {
                assertThat(call(queriesImpl, "named", "ada").toString()).isEqualTo("Optional[Member[id=1, username=ada]]");
                assertThat(call(queriesImpl, "byUsername", "bob").toString())
                        .isEqualTo("Optional[Member[id=2, username=bob]]");
                List<?> badges = (List<?>) call(queriesImpl, "badgesOf", 1L);
                assertThat(badges.stream().map(b -> field(b, "label")).toList()).containsExactly("w", "x").inOrder();
                assertThat(call(queriesImpl, "counts").toString())
                        .isEqualTo("[BadgeCount[username=ada, badges=2], BadgeCount[username=bob, badges=1]]");
                assertThat(call(queriesImpl, "owners").toString())
                        .isEqualTo("[TitleOwner[title=read, username=bob], TitleOwner[title=write, username=ada]]");
            });
        }
    }

    @Test
    void anUnknownColumnOfAnotherModulesTableIsLocated() {
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select nickname from member\")",
                "List<String> nicknames();");
        Compilation compilation = app(lib(), queries);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_UNKNOWN_COLUMN.id() + "]").inFile(queries)
                .onLineContaining("select nickname from member");
        assertThat(compilation).hadErrorContaining("[*]nickname");
    }

    @Test
    void aTableMappedHereAndOnTheClassPathIsAnErrorNamingBoth() {
        Path lib = lib();
        JavaFileObject member = JavaFileObjects.forSourceLines("com.example.Member", "package com.example;",
                "import dev.tablesmith.*;",
                "@Model public record Member(@Id Long id, String nick) {}");
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select count(*) from member\")",
                "long members();",
                "@Find Optional<com.lib.Member> byUsername(String username);");
        Compilation compilation = app(lib, queries, member);
        assertThat(compilation).failed();
        String both = "names table \"member\", which two models map: com.example.Member of this compilation and "
                + "com.lib.Member of " + lib;
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_DUPLICATE_TABLE.id() + "] @Query of "
                + "TodoQueries.members " + both).inFile(queries).onLineContaining("select count(*) from member");
        assertThat(compilation).hadErrorContaining("@Find of TodoQueries.byUsername " + both).inFile(queries)
                .onLineContaining("@Find");
    }

    @Test
    void aModelOfAnotherModuleThatCannotBeReadHereIsReportedOnTheQuery() throws Exception {
        Path lib = OtherModules.module(dir.resolve("lib"), List.of(),
                JavaFileObjects.forSourceLines("com.lib.shade.Shade", "package com.lib.shade;",
                        "public enum Shade { LIGHT, DARK }"),
                JavaFileObjects.forSourceLines("com.lib.Tint", "package com.lib;",
                        "import dev.tablesmith.*;",
                        "@Model public class Tint { @Id public Long id; public com.lib.shade.Shade shade; }"));
        // The module the model needs is missing from this compilation's class path.
        Files.delete(lib.resolve("com/lib/shade/Shade.class"));
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select id from tint\")",
                "List<Long> ids();");
        Compilation compilation = app(lib, queries);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_CLASS_PATH_MODEL.id() + "] @Query of "
                + "TodoQueries.ids needs @Model com.lib.Tint, which maps table \"tint\" in " + lib).inFile(queries)
                .onLineContaining("select id from tint");
    }

    @Test
    void aClassModelCompiledWithoutParameterNamesSaysHowToKeepThem() {
        Path lib = OtherModules.module(dir.resolve("lib"), List.of(),
                JavaFileObjects.forSourceLines("com.lib.Point", "package com.lib;",
                        "import dev.tablesmith.*;",
                        "@Model public final class Point {",
                        "    @Id public final Long id;",
                        "    public final int x;",
                        "    public Point(Long id, int x) { this.id = id; this.x = x; }",
                        "}"));
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from point\")",
                "List<com.lib.Point> points();");
        Compilation compilation = app(lib, queries);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_CLASS_PATH_MODEL.id() + "]").inFile(queries)
                .onLineContaining("select * from point");
        assertThat(compilation).hadErrorContaining("compile that module with -parameters, or make the model a record");
    }

    @Test
    void aModelWhoseFieldsTheImplementationCannotReachIsRefused() {
        Path lib = OtherModules.module(dir.resolve("lib"), List.of(),
                JavaFileObjects.forSourceLines("com.lib.Note", "package com.lib;",
                        "import dev.tablesmith.*;",
                        "@Model public class Note { @Id public Long id; String text; }"));
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from note\")",
                "List<com.lib.Note> notes();",
                "@Query(\"select text from note\")",
                "List<String> texts();");
        Compilation compilation = app(lib, queries);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_MODEL_ACCESS.id() + "] Method TodoQueries.notes "
                + "reads rows into @Model Note of package com.lib, which the implementation in package com.example "
                + "cannot create: its field text is not public").inFile(queries).onLineContaining("select * from note");
        // Its columns can still be read into values and projections.
        assertThat(compilation).hadErrorCount(1);
    }

    private static ModelTable<?> table(ClassLoader loader, String tableClass, String constant) throws Exception {
        return (ModelTable<?>) loader.loadClass(tableClass).getField(constant).get(null);
    }

    private static Object call(Object target, String name, Object... arguments) {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                try {
                    return method.invoke(target, arguments);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + name);
    }

    private static Object field(Object target, String name) {
        try {
            return target.getClass().getField(name).get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

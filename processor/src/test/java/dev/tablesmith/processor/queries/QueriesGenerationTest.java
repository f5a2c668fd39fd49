package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A valid {@code @Queries} interface compiles, with every return shape, into {@code XImpl} holding the SQL rendered
 * for each of the four databases, so nothing is parsed or rendered at run time.
 */
class QueriesGenerationTest {

    private static String generated(Compilation compilation) throws IOException {
        assertThat(compilation).succeeded();
        return compilation.generatedSourceFile("com.example.TodoQueriesImpl").orElseThrow().getCharContent(true)
                .toString();
    }

    @Test
    void everyReturnShapeCompiles() throws IOException {
        JavaFileObject queries = QuerySources.queries(
                "@Query(\"select * from todo where user_id = :userId and done = false order by created\")",
                "List<Todo> open(long userId);",
                "@Query(\"select u.username, count(t.id) as open from \\\"user\\\" u join todo t on t.user_id = u.id"
                        + " where t.done = false group by u.username order by u.username\")",
                "List<OpenCount> openCounts();",
                "@Query(\"update todo set done = true where id = :id\") int markDone(long id);",
                "@Query(\"delete from todo where done = true\") long purge();",
                "@Query(\"update todo set title = :title where id = :id\") void retitle(long id, String title);",
                "@Query(\"select count(*) from todo where user_id = :userId\") long countOf(long userId);",
                "@Query(\"select title from todo where id = :id\") Optional<String> titleOf(long id);",
                "@Query(\"select * from todo where id = :id\") Todo get(long id);",
                "@Query(\"select * from \\\"user\\\" where username = :name\") Optional<User> named(String name);",
                "@Query(\"select * from todo order by id\") Stream<Todo> all();",
                "@Query(\"select * from todo where done = :done order by id\")",
                "Page<Todo> pageOf(boolean done, int page, int perPage);",
                "@Find List<Todo> byUserIdAndDone(long userId, boolean done);",
                "@Find Optional<User> byUsername(String username);");
        String impl = generated(QuerySources.compile(queries));
        assertThat(impl).contains("public final class TodoQueriesImpl extends AbstractQueries implements TodoQueries");
        assertThat(impl).contains("@Generated(\"dev.tablesmith.processor.TablesmithProcessor\")");
        // One rendering per dialect, identifiers quoted as each database wants them.
        assertThat(impl).contains("SQLDialect.H2, \"select \\\"todo\\\".\\\"id\\\", \\\"todo\\\".\\\"user_id\\\", "
                + "\\\"todo\\\".\\\"title\\\", \\\"todo\\\".\\\"done\\\", \\\"todo\\\".\\\"created\\\" from \\\"todo\\\" where "
                + "(\\\"todo\\\".\\\"user_id\\\" = ?");
        // select * is written out: rows are read by position, whatever the order of the live table's columns.
        assertThat(impl).contains("SQLDialect.MARIADB, \"select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, "
                + "`todo`.`done`, `todo`.`created` from `todo` where (`todo`.`user_id` = ?");
        assertThat(impl).contains("SQLDialect.SQLITE, \"update `todo` set `done` = 1 where `todo`.`id` = ?\"");
        assertThat(impl).contains("SQLDialect.POSTGRES, \"update \\\"todo\\\" set \\\"done\\\" = true");
        // A page counts once and binds its limit and offset where each dialect puts them.
        assertThat(impl).contains("PAGE_OF_COUNT");
        assertThat(impl).contains("limit ? offset ?\", new int[] {1}, new int[] {2}, new int[] {3})");
        assertThat(impl).contains("offset ? rows fetch next ? rows only\", new int[] {1}, new int[] {3}, "
                + "new int[] {2})");
        // Values are bound, never spliced: the projection reads columns by position.
        assertThat(impl).contains("for (int i : at[0]) ps.setLong(i, userId)");
        assertThat(impl).containsMatch("return new OpenCount\\(\\s+types.getString\\(rs, 1\\),\\s+rs.getLong\\(2\\)\\)");
        // Queries that read a model from the same columns share its mapper.
        assertThat(impl).contains("return list(OPEN, TodoQueriesImpl::openRow");
        assertThat(impl).contains("return stream(ALL, TodoQueriesImpl::openRow");
        assertThat(impl).doesNotContain("parse");
    }

    @Test
    void parametersNamedLikeTheBindersOwnNamesStayVisible() throws IOException {
        String impl = generated(QuerySources.compile(QuerySources.queries(
                "@Query(\"select * from todo where created > :at and user_id = :ps\")",
                "List<Todo> after(java.time.Instant at, long ps);")));
        assertThat(impl).contains("(ps_, types, at_) -> {");
        assertThat(impl).contains("for (int i : at_[0]) types.setInstant(ps_, i, at);");
        assertThat(impl).contains("for (int i : at_[1]) ps_.setLong(i, ps);");
    }

    @Test
    void aParameterUsedTwiceBindsAtBothPlaces() throws IOException {
        String impl = generated(QuerySources.compile(QuerySources.queries(
                "@Query(\"select * from todo where user_id = :n or id = :n\") List<Todo> either(long n);")));
        assertThat(impl).contains(" where (\\\"todo\\\".\\\"user_id\\\" = ? or \\\"todo\\\".\\\"id\\\" = ?)\", "
                + "new int[] {1, 2})");
    }

    @Test
    void anAsteriskOnTheAliasOfAJoinedTableStandsForItsColumns() throws IOException {
        String impl = generated(QuerySources.compile(QuerySources.queries(
                "@Query(\"select t.* from todo t join \\\"user\\\" u on u.id = t.user_id where u.username = :owner\"",
                "        + \" order by t.id\") List<Todo> ownedBy(String owner);",
                "@Query(\"select U.*, T.TITLE from \\\"user\\\" U join todo T on T.USER_ID = U.ID order by T.ID\")",
                "List<OwnedTitle> titles();",
                "record OwnedTitle(long id, String username, String title) {}")));
        // jOOQ's parser alone refuses these; the asterisk is written out as the aliased table's columns, in order.
        assertThat(impl).contains("SQLDialect.POSTGRES, \"select \\\"t\\\".\\\"id\\\", \\\"t\\\".\\\"user_id\\\", "
                + "\\\"t\\\".\\\"title\\\", \\\"t\\\".\\\"done\\\", \\\"t\\\".\\\"created\\\" from \\\"todo\\\" as "
                + "\\\"t\\\" join \\\"user\\\" as \\\"u\\\"");
        assertThat(impl).contains("SQLDialect.POSTGRES, \"select \\\"u\\\".\\\"id\\\", \\\"u\\\".\\\"username\\\", "
                + "\\\"t\\\".\\\"title\\\" from");
    }

    @Test
    void anAsteriskOnTheAliasOfACommonTableExpressionIsNotTakenForTheModelsTable() {
        // The WITH named todo shadows the model's table: its columns are not the model's, so nothing is written out.
        Compilation compilation = QuerySources.compile(QuerySources.queries(
                "@Query(\"with todo as (select id, user_id from todo) select t.* from todo t join \\\"user\\\" u \"",
                "        + \"on u.id = t.user_id\") List<Todo> all();"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Unknown table identifier");
    }
}

package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.tablesmith.processor.Message;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query} methods returning {@code CursoredPage}: the processor renders the first page and the keyset
 * queries after and before a cursor, appending the id to an ordering that is not unique; a query that cannot be
 * read in cursor pages fails to compile on the line of its {@code @Query}, with the message's id.
 */
class CursorQueriesTest {

    private static Compilation assertError(Message message, String line, String... body) {
        JavaFileObject queries = QuerySources.queries(body);
        Compilation compilation = QuerySources.compile(queries);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + message.id() + "]").inFile(queries).onLineContaining(line);
        return compilation;
    }

    private static String generated(String... body) throws IOException {
        Compilation compilation = QuerySources.compile(QuerySources.queries(body));
        assertThat(compilation).succeeded();
        return compilation.generatedSourceFile("com.example.TodoQueriesImpl").orElseThrow().getCharContent(true)
                .toString();
    }

    @Test
    void theIdIsAppendedAndTheKeysetAndedToTheWhere() throws IOException {
        String impl = generated("@Query(\"select * from todo where done = :done order by user_id desc\")",
                "CursoredPage<Todo> feed(boolean done, String cursor, int limit);");
        // The first page: the id settles ties of user_id, and the limit is the last placeholder.
        assertThat(impl).contains("SQLDialect.SQLITE, \"select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, "
                + "`todo`.`done`, `todo`.`created` from `todo` where `todo`.`done` = ? order by `todo`.`user_id` "
                + "desc, `todo`.`id` asc limit ?\", new int[] {1}, new int[] {2})");
        // After a cursor: the query's own condition AND the keyset, each key bound where it appears.
        assertThat(impl).contains("where (`todo`.`done` = ? and (`todo`.`user_id` < ? or (`todo`.`user_id` = ? and "
                + "`todo`.`id` > ?))) order by `todo`.`user_id` desc, `todo`.`id` asc limit ?\", new int[] {1}, "
                + "new int[] {2, 3}, new int[] {4}, new int[] {5})");
        // Before a cursor: the reverse order and comparisons.
        assertThat(impl).contains("where (`todo`.`done` = ? and (`todo`.`user_id` > ? or (`todo`.`user_id` = ? and "
                + "`todo`.`id` < ?))) order by `todo`.`user_id` asc, `todo`.`id` desc limit ?\"");
        assertThat(impl).contains("FEED_AFTER");
        assertThat(impl).contains("FEED_BEFORE");
        assertThat(impl).contains("List.of(TodoTable.TODO.USER_ID, TodoTable.TODO.ID)");
        assertThat(impl).contains("return Arrays.asList(rs.getLong(2), types.getLong(rs, 1));");
        assertThat(impl).doesNotContain("parse");
    }

    @Test
    void anOrderingHoldingTheIdIsLeftAsWritten() throws IOException {
        String impl = generated("@Query(\"select * from todo order by id desc\")",
                "CursoredPage<Todo> newest(String cursor, int limit);");
        assertThat(impl).contains("order by `todo`.`id` desc limit ?\"");
        assertThat(impl).contains("where `todo`.`id` < ? order by `todo`.`id` desc limit ?\"");
        assertThat(impl).contains("where `todo`.`id` > ? order by `todo`.`id` asc limit ?\"");
        assertThat(impl).doesNotContainMatch("`todo`.`id` (asc|desc), ");
    }

    @Test
    void aTableNamedThroughAnAliasIsOrderedAndContinuedThroughIt() throws IOException {
        String impl = generated("@Query(\"select t.* from todo t join \\\"user\\\" u on u.id = t.user_id \"",
                "        + \"where u.username = :owner order by t.user_id desc\")",
                "CursoredPage<Todo> ownedBy(String owner, String cursor, int limit);");
        // The appended id and the keyset name the table by its alias, as the query does.
        assertThat(impl).contains("order by `t`.`user_id` desc, `t`.`id` asc limit ?\"");
        assertThat(impl).contains("and (`t`.`user_id` < ? or (`t`.`user_id` = ? and `t`.`id` > ?))) order by "
                + "`t`.`user_id` desc, `t`.`id` asc limit ?\"");
        assertThat(impl).contains("List.of(TodoTable.TODO.USER_ID, TodoTable.TODO.ID)");
    }

    @Test
    void anOrderingThroughTwoAliasesOfOneTable() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "order by a.user_id",
                "@Query(\"select a.id from todo a join todo b on b.user_id = a.user_id order by a.user_id, b.id\")",
                "CursoredPage<Long> feed(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("order by the columns of one model's table only, all named the "
                + "same way");
    }

    @Test
    void anOrderingColumnOfAnotherTableOrAliasThanTheResultsIsNotTakenFromTheResult() {
        // The result's id is the user's, or the other alias's: the cursor would hold another row's values.
        Compilation users = assertError(Message.QUERY_CURSOR, "order by t.id",
                "@Query(\"select u.* from \\\"user\\\" u join todo t on t.user_id = u.id order by t.id\")",
                "CursoredPage<User> owners(String cursor, int limit);");
        assertThat(users).hadErrorContaining("lacks the ordering column id");
        Compilation selfJoin = assertError(Message.QUERY_CURSOR, "order by o.id",
                "@Query(\"select t.* from todo t join todo o on o.user_id = t.user_id order by o.id\")",
                "CursoredPage<Todo> feed(String cursor, int limit);");
        assertThat(selfJoin).hadErrorContaining("lacks the ordering column id");
    }

    @Test
    void aQueryWithoutOrderBy() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "select * from todo\"",
                "@Query(\"select * from todo\")", "CursoredPage<Todo> feed(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("it has no ORDER BY");
    }

    @Test
    void anOrderingByAnExpression() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "lower(title)",
                "@Query(\"select * from todo order by lower(title)\")",
                "CursoredPage<Todo> feed(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("which is not a column of a table");
    }

    @Test
    void anOrderingByANullableColumn() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "order by created",
                "@Query(\"select * from todo order by created\")",
                "CursoredPage<Todo> feed(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("the nullable column created");
    }

    @Test
    void aQueryWithItsOwnLimit() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "limit 5",
                "@Query(\"select * from todo order by id limit 5\")",
                "CursoredPage<Todo> feed(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("its own LIMIT or OFFSET");
    }

    @Test
    void aResultLackingAnOrderingColumn() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "select title from todo",
                "@Query(\"select title from todo order by user_id\")",
                "CursoredPage<String> titles(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("lacks the ordering column user_id");
    }

    @Test
    void theAppendedIdMustBeInTheResultToo() {
        Compilation compilation = assertError(Message.QUERY_CURSOR, "select user_id from todo",
                "@Query(\"select user_id from todo order by user_id\")",
                "CursoredPage<Long> owners(String cursor, int limit);");
        assertThat(compilation).hadErrorContaining("lacks the ordering column id (the cursor holds the values of "
                + "[user_id, id])");
    }

    @Test
    void aGroupedOrCombinedQuery() {
        Compilation grouped = assertError(Message.QUERY_CURSOR, "group by",
                "@Query(\"select user_id from todo group by user_id order by user_id\")",
                "CursoredPage<Long> owners(String cursor, int limit);");
        assertThat(grouped).hadErrorContaining("page a plain select");
        Compilation union = assertError(Message.QUERY_CURSOR, "union", "@Query(\"select * from todo where done = true union "
                + "select * from todo where user_id = 1 order by id\")", "CursoredPage<Todo> feed(String cursor, "
                + "int limit);");
        assertThat(union).hadErrorContaining("page a plain select");
        assertError(Message.QUERY_CURSOR, "distinct", "@Query(\"select distinct * from todo order by id\")",
                "CursoredPage<Todo> feed(String cursor, int limit);");
    }

    @Test
    void aCursoredPageWithoutItsCursorParameters() {
        assertError(Message.QUERY_CURSOR_PARAMETERS, "select * from todo order by id",
                "@Query(\"select * from todo order by id\")", "CursoredPage<Todo> feed(int limit);");
    }
}

package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.tablesmith.processor.queries.QuerySources;
import org.junit.jupiter.api.Test;

/** The generated {@code XImpl} of a {@code @Queries} interface, line by line, against its golden file. */
class QueriesGoldenTest {

    @Test
    void todoQueriesImpl() {
        Compilation compilation = QuerySources.compile(QuerySources.queries(
                "@Query(\"select * from todo where user_id = :userId and done = false order by created\")",
                "List<Todo> open(long userId);",
                "@Query(\"select u.username, count(t.id) as open from \\\"user\\\" u join todo t on t.user_id = u.id"
                        + " where t.done = false group by u.username order by u.username\")",
                "List<OpenCount> openCounts();",
                "@Query(\"select title from todo where id = :id\") Optional<String> titleOf(long id);",
                "@Query(\"select * from todo where done = :done order by id\")",
                "Page<Todo> pageOf(boolean done, int page, int perPage);",
                "@Query(\"update todo set done = true where id = :id\") int markDone(long id);",
                "@Find List<Todo> byUserIdAndDone(long userId, boolean done);"));
        assertThat(compilation).succeeded();
        Golden.assertGenerated(compilation, "com.example.TodoQueriesImpl", "TodoQueriesImpl.java");
    }
}

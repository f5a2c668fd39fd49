package dev.tablesmith.processor.queries;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.processor.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per query message: a query that cannot run as written fails to compile with the message's id, on the
 * line of its {@code @Query} (or of the offending parameter).
 */
class QueryErrorsTest {

    private static Compilation assertError(Message message, String line, String... body) {
        JavaFileObject queries = QuerySources.queries(body);
        Compilation compilation = QuerySources.compile(queries);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + message.id() + "]").inFile(queries).onLineContaining(line);
        return compilation;
    }

    @Test
    void aSyntaxErrorQuotesTheFragment() {
        Compilation compilation = assertError(Message.QUERY_SYNTAX, "frm", "@Query(\"select * frm todo\")",
                "List<Todo> all();");
        assertThat(compilation).hadErrorContaining("[*]frm todo");
    }

    @Test
    void anUnknownTable() {
        Compilation compilation = assertError(Message.QUERY_UNKNOWN_TABLE, "todos",
                "@Query(\"select * from todos\")", "List<Todo> all();");
        assertThat(compilation).hadErrorContaining("[*]todos");
        assertThat(compilation).hadErrorContaining("the tables are [");
    }

    @Test
    void anUnknownColumn() {
        Compilation compilation = assertError(Message.QUERY_UNKNOWN_COLUMN, "titel",
                "@Query(\"select titel from todo\")", "List<String> titles();");
        assertThat(compilation).hadErrorContaining("[*]titel");
    }

    @Test
    void aNameWithNoParameter() {
        Compilation compilation = assertError(Message.QUERY_UNBOUND_NAME, ":userId",
                "@Query(\"select * from todo where user_id = :userId\")", "List<Todo> of(long user);");
        assertThat(compilation).hadErrorContaining("uses :userId, but the method has no parameter of that name");
    }

    @Test
    void aParameterNeverUsed() {
        assertError(Message.QUERY_UNUSED_PARAMETER, "select * from todo\"", "@Query(\"select * from todo\")",
                "List<Todo> all(long userId);");
    }

    @Test
    void aResultColumnWithNoComponent() {
        Compilation compilation = assertError(Message.QUERY_UNMATCHED_COLUMN, "t.title",
                "@Query(\"select u.username, count(t.id) as open, t.title from \\\"user\\\" u join todo t "
                        + "on t.user_id = u.id group by u.username, t.title\")",
                "List<OpenCount> counts();");
        assertThat(compilation).hadErrorContaining("returns column \"title\", which OpenCount has no component for");
    }

    @Test
    void aComponentWithNoColumn() {
        Compilation compilation = assertError(Message.QUERY_MISSING_COLUMN, "select username",
                "@Query(\"select username from \\\"user\\\"\")", "List<OpenCount> counts();");
        assertThat(compilation).hadErrorContaining("returns no column for open of OpenCount");
    }

    @Test
    void aColumnTypeTheComponentCannotRead() {
        Compilation compilation = assertError(Message.QUERY_COLUMN_TYPE, "select title",
                "@Query(\"select title from todo\")", "List<Long> titles();");
        assertThat(compilation).hadErrorContaining("column \"title\" of type String, which cannot be read into");
    }

    @Test
    void aConstructADialectLacksNamesTheDialect() {
        Compilation compilation = assertError(Message.QUERY_DIALECT, "full join",
                "@Query(\"select t.title from todo t full join \\\"user\\\" u on u.id = t.user_id\")",
                "List<String> titles();");
        assertThat(compilation).hadErrorContaining("cannot run on MariaDB: it has no FULL JOIN");
    }

    @Test
    void aConstructJooqEmulatesWithSeveralStatements() {
        Compilation compilation = assertError(Message.QUERY_DIALECT, "string_agg",
                "@Query(\"select string_agg(title, ',') from todo\")", "String titles();");
        assertThat(compilation).hadErrorContaining("cannot run on MariaDB: jOOQ can only emulate it there with "
                + "several statements");
    }

    @Test
    void aReturnTypeThatReadsNothing() {
        assertError(Message.QUERY_RETURN, "update todo", "@Query(\"update todo set done = true\")",
                "List<Todo> finish();");
    }

    @Test
    void aPageOfAQueryWithItsOwnLimit() {
        Compilation compilation = assertError(Message.QUERY_RETURN, "limit 5",
                "@Query(\"select * from todo order by id limit 5\")", "Page<Todo> page(int page, int perPage);");
        assertThat(compilation).hadErrorContaining("sets its own LIMIT and OFFSET");
    }

    @Test
    void aPageWithoutItsPageParameters() {
        assertError(Message.QUERY_PAGE_PARAMETERS, "select * from todo", "@Query(\"select * from todo\")",
                "Page<Todo> page(int page);");
    }

    @Test
    void aParameterTypeThatCannotBeBound() {
        assertError(Message.QUERY_PARAMETER_TYPE, "Object owner", "@Query(\"select * from todo where id = :owner\")",
                "List<Todo> of(Object owner);");
    }

    @Test
    void aFindParameterThatNamesNoColumn() {
        Compilation compilation = assertError(Message.FIND_UNKNOWN_COLUMN, "long owner", "@Find",
                "List<Todo> byOwner(long owner);");
        assertThat(compilation).hadErrorContaining("names no column of Todo");
    }

    @Test
    void aMethodWithoutQuery() {
        assertError(Message.QUERY_METHOD, "List<Todo> all()", "List<Todo> all();");
    }

    @Test
    void aQueryOutsideAQueriesInterface() {
        JavaFileObject service = JavaFileObjects.forSourceLines("com.example.Service", "package com.example;",
                "public interface Service {",
                "    @dev.tablesmith.Query(\"select * from todo\") java.util.List<Todo> all();",
                "}");
        Compilation compilation = QuerySources.compile(service);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERY_OUTSIDE_QUERIES.id() + "]").inFile(service)
                .onLineContaining("List<Todo> all()");
        assertThat(compilation).hadErrorContaining("@Query on Service.all is never read");
    }

    @Test
    void queriesOnAClass() {
        JavaFileObject bad = JavaFileObjects.forSourceLines("com.example.Bad", "package com.example;",
                "@dev.tablesmith.Queries public class Bad {}");
        Compilation compilation = QuerySources.compile(bad);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERIES_KIND.id() + "]").inFile(bad)
                .onLineContaining("class Bad");
    }

    @Test
    void queriesOnAnInterfaceWhoseInheritedMethodsItCannotSee() {
        JavaFileObject bad = JavaFileObjects.forSourceLines("com.example.Bad", "package com.example;",
                "@dev.tablesmith.Queries public interface Bad extends Runnable {}");
        Compilation compilation = QuerySources.compile(bad);
        assertThat(compilation).hadErrorContaining("[" + Message.QUERIES_KIND.id() + "]").inFile(bad)
                .onLineContaining("interface Bad");
    }
}

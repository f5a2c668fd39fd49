package dev.tablesmith.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.Database;
import dev.tablesmith.RecordedQuery;
import dev.tablesmith.it.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More parent keys than a database binds in one statement are split into several {@code IN} lists, each below the
 * driver's limit: SQLite before 3.32 binds at most 999 parameters, and PostgreSQL's protocol at most 32,767 (its
 * driver refuses more). On the databases without a limit this low, the same load runs in one statement.
 */
class RelationChunkingTest {

    static List<TestDatabase> databases() {
        return dev.tablesmith.it.TestDatabases.all().toList();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void moreParentsThanOneStatementBindsAreLoadedInChunks(TestDatabase target) {
        int authorCount = target == TestDatabase.POSTGRES ? 33_000 : 1_200;
        int expectedStatements = target == TestDatabase.POSTGRES || target == TestDatabase.SQLITE ? 2 : 1;
        try (Database db = TestDatabase.fresh(target.builder().recordQueries(true).build())) {
            var authors = new AuthorDao(db);
            var books = new BookDao(db);
            List<Author> stored = db.inContext(() -> {
                List<Author> fresh = new ArrayList<>();
                for (int i = 0; i < authorCount; i++) {
                    fresh.add(new Author("a" + i));
                }
                List<Author> inserted = authors.insertAll(fresh);
                books.insertAll(List.of(new Book("first", inserted.get(0).getId()),
                        new Book("last", inserted.get(authorCount - 1).getId())));
                return inserted;
            });
            db.inContext(() -> {
                int before = db.recordedQueries().size();
                List<Author> loaded = authors.load(stored, AuthorDao.BOOKS);
                List<RecordedQuery> ran = db.recordedQueries().subList(before, db.recordedQueries().size());
                assertEquals(expectedStatements, ran.size(), "statements for " + authorCount + " parents");
                assertEquals(authorCount, ran.stream().mapToInt(q -> q.parameters().size()).sum(),
                        "every key bound once");
                assertEquals("first", loaded.get(0).getBooks().get(0).getTitle());
                assertEquals("last", loaded.get(authorCount - 1).getBooks().get(0).getTitle());
                assertEquals(List.of(), loaded.get(authorCount / 2).getBooks());
            });
        }
    }
}

package dev.tablesmith.benchmarks;

import static dev.tablesmith.benchmarks.BenchAuthorTable.BENCH_AUTHOR;
import static dev.tablesmith.benchmarks.BenchBookTable.BENCH_BOOK;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Loads {@value LibraryFixture#AUTHORS} authors with their {@value LibraryFixture#BOOKS_EACH} books each, three
 * ways: Tablesmith's {@code with(...)} (two statements: the authors, then one {@code IN} query for all books),
 * Hibernate's {@code join fetch} (one statement, one row per book, authors deduplicated by the session), and jOOQ's
 * {@code MULTISET} (one statement, the books nested per author as JSON or XML by the database). Each variant reads the
 * same rows into objects holding their books, one transaction per operation on the same pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelationBenchmark {
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false);

    @Benchmark
    public List<BenchAuthor> tablesmithWith(LibraryFixture f) {
        return f.db.inContext(() -> f.authors.where().with(BenchAuthorDao.BOOKS).list());
    }

    @Benchmark
    public List<HibernateAuthor> hibernateJoinFetch(LibraryFixture f) {
        try (Session session = f.hibernate.openSession()) {
            Transaction tx = session.beginTransaction();
            List<HibernateAuthor> authors = session
                    .createSelectionQuery("select distinct a from HibernateAuthor a join fetch a.books",
                            HibernateAuthor.class)
                    .getResultList();
            tx.commit();
            return authors;
        }
    }

    @Benchmark
    public List<BenchAuthor> jooqMultiset(LibraryFixture f) throws SQLException {
        try (Connection connection = f.db.engine().getConnection()) {
            connection.setAutoCommit(false);
            List<BenchAuthor> authors = DSL.using(connection, f.db.dialect(), SETTINGS)
                    .select(BENCH_AUTHOR.ID, BENCH_AUTHOR.NAME,
                            multiset(select(BENCH_BOOK.ID, BENCH_BOOK.TITLE, BENCH_BOOK.AUTHOR_ID)
                                    .from(BENCH_BOOK).where(BENCH_BOOK.AUTHOR_ID.eq(BENCH_AUTHOR.ID)))
                                    .convertFrom(books -> books.map(b -> new BenchBook(b.value1(), b.value2(),
                                            b.value3()))))
                    .from(BENCH_AUTHOR)
                    .fetch(r -> new BenchAuthor(r.value1(), r.value2(), r.value3()));
            connection.commit();
            return authors;
        }
    }
}

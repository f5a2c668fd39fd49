package dev.tablesmith.benchmarks;

import dev.tablesmith.Database;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@value #AUTHORS} authors with {@value #BOOKS_EACH} books each in {@code bench_author} and {@code bench_book}, on
 * H2 in memory or PostgreSQL, for {@link RelationBenchmark}: every variant reads all of them, books included.
 */
@State(Scope.Benchmark)
public class LibraryFixture {
    static final int AUTHORS = 100;
    static final int BOOKS_EACH = 10;

    /** {@code h2} (in memory) or {@code postgres} (TABLESMITH_POSTGRES_URL, by default the local server). */
    @Param({"h2", "postgres"})
    public String database;

    Database db;
    BenchAuthorDao authors;
    SessionFactory hibernate;

    @Setup(Level.Trial)
    public void setUp() {
        db = switch (database) {
            case "h2" -> Database.builder().url("jdbc:h2:mem:library;DB_CLOSE_DELAY=-1").poolSize(2).build();
            case "postgres" -> Database.builder()
                    .url(env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"))
                    .user(env("TABLESMITH_POSTGRES_USER", "postgres"))
                    .password(env("TABLESMITH_POSTGRES_PASSWORD", "")).poolSize(2).build();
            default -> throw new IllegalArgumentException("Unknown database '" + database + "': use h2 or postgres");
        };
        db.dropAll();
        db.createAll();
        authors = new BenchAuthorDao(db);
        BenchBookDao books = new BenchBookDao(db);
        db.inContext(() -> {
            List<BenchAuthor> newAuthors = new ArrayList<>();
            for (int a = 0; a < AUTHORS; a++) {
                newAuthors.add(new BenchAuthor(null, "author" + a, null));
            }
            List<BenchBook> newBooks = new ArrayList<>();
            for (BenchAuthor author : authors.insertAll(newAuthors)) {
                for (int b = 0; b < BOOKS_EACH; b++) {
                    newBooks.add(new BenchBook(null, author.name + " book" + b, author.id));
                }
            }
            books.insertAll(newBooks);
        });
        Configuration config = new Configuration().addAnnotatedClass(HibernateAuthor.class)
                .addAnnotatedClass(HibernateBook.class);
        config.getProperties().put("hibernate.connection.datasource", db.engine());
        config.setProperty("hibernate.globally_quoted_identifiers", "true");
        config.setProperty("hibernate.hbm2ddl.auto", "none");
        hibernate = config.buildSessionFactory();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hibernate.close();
        db.dropAll();
        db.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

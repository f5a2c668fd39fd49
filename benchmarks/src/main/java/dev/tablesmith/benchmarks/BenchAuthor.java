package dev.tablesmith.benchmarks;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.Related;
import java.util.List;

/** An author of {@link BenchBook}s, for {@link RelationBenchmark}: the "one" side, loaded with its books. */
@Model(table = "bench_author")
public class BenchAuthor {
    @Id Long id;
    @Column(nullable = false, length = 80) String name;
    @Related List<BenchBook> books;

    public BenchAuthor() {
    }

    BenchAuthor(Long id, String name, List<BenchBook> books) {
        this.id = id;
        this.name = name;
        this.books = books;
    }
}

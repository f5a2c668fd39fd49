package dev.tablesmith.benchmarks;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.References;

/** A book of a {@link BenchAuthor}, for {@link RelationBenchmark}. */
@Model(table = "bench_book")
public class BenchBook {
    @Id Long id;
    @Column(nullable = false, length = 80) String title;
    @References(BenchAuthor.class) @Column(nullable = false) Long authorId;

    public BenchBook() {
    }

    BenchBook(Long id, String title, Long authorId) {
        this.id = id;
        this.title = title;
        this.authorId = authorId;
    }
}

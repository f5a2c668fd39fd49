package dev.tablesmith.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The {@code bench_book} table of {@link BenchBook}, mapped as a Hibernate entity. */
@Entity
@Table(name = "bench_book")
public class HibernateBook {
    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    HibernateAuthor author;

    protected HibernateBook() {
    }
}

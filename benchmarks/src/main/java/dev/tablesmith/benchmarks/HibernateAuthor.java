package dev.tablesmith.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The {@code bench_author} table of {@link BenchAuthor}, mapped as a Hibernate entity with its books. */
@Entity
@Table(name = "bench_author")
public class HibernateAuthor {
    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @OneToMany(mappedBy = "author")
    List<HibernateBook> books = new ArrayList<>();

    protected HibernateAuthor() {
    }
}

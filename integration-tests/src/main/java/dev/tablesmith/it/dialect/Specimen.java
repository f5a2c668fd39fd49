package dev.tablesmith.it.dialect;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A column of each type whose values a database may not store exactly, to prove that such values are refused by
 * every write and lookup. Its id is text, so that lookups by id bind text too.
 */
@Model
public class Specimen {
    @Id
    @Column(length = 40)
    public String code;
    @Column(unique = true, length = 20)
    public String label;
    public String note;
    @Column(precision = 10, scale = 2)
    public BigDecimal price;
    public double ratio;
    public Float weight;
    public LocalDate day;
    public LocalDateTime local;
    public Instant at;

    public Specimen() {
    }

    public Specimen(String code) {
        this.code = code;
        this.label = code;
        this.note = "fine";
        this.price = new BigDecimal("12.50");
        this.ratio = 0.5;
        this.weight = 1.25f;
        this.day = LocalDate.of(2024, 2, 29);
        this.local = LocalDateTime.of(2024, 3, 31, 2, 30, 0, 654_321_000);
        this.at = Instant.parse("2024-03-31T01:30:00.123456Z");
    }
}

package dev.tablesmith.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same {@code person} table as {@link Person}, mapped as a Hibernate entity. */
@Entity
@Table(name = "person")
public class HibernatePerson {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 120)
    String email;

    int age;

    boolean active;

    protected HibernatePerson() {
    }

    public HibernatePerson(String name, String email, int age, boolean active) {
        this.name = name;
        this.email = email;
        this.age = age;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}

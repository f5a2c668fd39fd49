package dev.tablesmith.benchmarks;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** The benchmarked model: a generated id and four columns of everyday types. */
@Model
public class Person {
    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 120)
    String email;

    int age;

    boolean active;

    public Person() {
    }

    public Person(Long id, String name, String email, int age, boolean active) {
        this.id = id;
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

    public String getEmail() {
        return email;
    }

    public int getAge() {
        return age;
    }

    public boolean isActive() {
        return active;
    }
}

package dev.tablesmith.it.model;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** A mutable class model whose table name, {@code user}, is a reserved word on every database. */
@Model
public class User {
    @Id
    Long id;

    @Column(unique = true, nullable = false, length = 80)
    String username;

    String email;

    boolean active = true;

    public User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

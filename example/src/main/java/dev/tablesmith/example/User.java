package dev.tablesmith.example;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** The quickstart's model: Flask-SQLAlchemy's {@code class User(db.Model)}, stored in the table {@code user}. */
@Model
public class User {
    @Id
    Long id;

    @Column(unique = true, nullable = false)
    String username;

    String email;

    public User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    @Override
    public String toString() {
        return "<User " + id + " " + username + ">";
    }
}

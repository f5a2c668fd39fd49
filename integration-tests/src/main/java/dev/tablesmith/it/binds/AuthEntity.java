package dev.tablesmith.it.binds;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * An abstract base in the {@code auth} bind, as a Flask-SQLAlchemy {@code __abstract__} parent with a
 * {@code __bind_key__}: it has no table; its columns and its bind go to every {@code @Model} subclass.
 */
@Model(bind = "auth")
public abstract class AuthEntity {
    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}

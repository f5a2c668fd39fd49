package dev.tablesmith.it.binds;

import dev.tablesmith.Id;
import dev.tablesmith.Model;

/** A model with a table of its own in the {@code auth} bind, which its {@code @Model} subclasses inherit. */
@Model(bind = "auth")
public class Principal {
    @Id
    Long id;

    String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}

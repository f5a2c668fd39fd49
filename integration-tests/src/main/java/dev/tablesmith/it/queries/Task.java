package dev.tablesmith.it.queries;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.References;
import java.time.Instant;

/** A member's task: a mutable class model, read by hand-written queries into itself and into projections. */
@Model
public class Task {
    @Id
    public Long id;
    @References(Member.class)
    public long memberId;
    public String title;
    public boolean done;
    @Column(nullable = false)
    public Instant created;

    public Task() {
    }

    public Task(long memberId, String title, boolean done, Instant created) {
        this.memberId = memberId;
        this.title = title;
        this.done = done;
        this.created = created;
    }
}

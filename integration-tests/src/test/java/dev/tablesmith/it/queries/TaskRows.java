package dev.tablesmith.it.queries;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows the cursor-page tests walk through, and how they read a page. */
final class TaskRows {
    static final Instant START = Instant.parse("2026-01-01T00:00:00.123456Z");

    private TaskRows() {
    }

    /**
     * Ada (a0..a2, open, created at +10s..+8s), then Bob (b0..b3, b3 done, created at +0s..+3s), inserted in that
     * order; returns their ids.
     */
    static List<Long> seed(Database db) {
        MemberDao members = new MemberDao(db);
        TaskDao tasks = new TaskDao(db);
        return db.inContext(() -> {
            Member ada = members.insert(new Member(null, "ada"));
            Member bob = members.insert(new Member(null, "bob"));
            List<Task> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                batch.add(new Task(ada.id(), "a" + i, false, START.plusSeconds(10 - i)));
            }
            for (int i = 0; i < 4; i++) {
                batch.add(new Task(bob.id(), "b" + i, i == 3, START.plusSeconds(i)));
            }
            tasks.insertAll(batch);
            return List.of(ada.id(), bob.id());
        });
    }

    static List<String> titles(CursoredPage<Task> page) {
        return page.items().stream().map(t -> t.title).toList();
    }
}

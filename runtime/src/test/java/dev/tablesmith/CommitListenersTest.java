package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every commit listener runs, and a failure says the work is committed. */
class CommitListenersTest {
    private static final List<ModelChange> ONE_CHANGE = List.of(new ModelChange(null, "x", ModelChange.Kind.INSERT));

    @Test
    void everyListenerRunsAndTheFailuresAreGathered() {
        CommitListeners listeners = new CommitListeners();
        List<String> ran = new ArrayList<>();
        RuntimeException first = new IllegalStateException("first");
        listeners.add(changes -> {
            ran.add("a");
            throw first;
        });
        listeners.add(changes -> ran.add("b"));
        listeners.add(changes -> {
            ran.add("c");
            throw new IllegalArgumentException("second");
        });
        CommitListenerException e = assertThrows(CommitListenerException.class, () -> listeners.committed(ONE_CHANGE));
        assertEquals(List.of("a", "b", "c"), ran);
        assertSame(first, e.getCause());
        assertTrue(e.getMessage().contains("work is committed and must not be repeated"), e.getMessage());
        assertTrue(List.of(e.getSuppressed()).stream().anyMatch(s -> s.getMessage().equals("second")));
    }

    @Test
    void nothingToAnnounceCallsNobody() {
        CommitListeners listeners = new CommitListeners();
        listeners.add(changes -> {
            throw new AssertionError("called");
        });
        listeners.committed(List.of());
        listeners.committed(null);
    }
}

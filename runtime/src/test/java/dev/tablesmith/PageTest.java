package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Page} computes what Flask-SQLAlchemy's {@code Pagination} does. */
class PageTest {

    private static Page<Integer> page(int page, int perPage, long total) {
        int size = (int) Math.max(0, Math.min(perPage, total - (long) (page - 1) * perPage));
        return new Page<>(Collections.nCopies(size, 0), page, perPage, total);
    }

    @Test
    void iterPagesMatchesFlasksDocumentedExample() {
        // Flask-SQLAlchemy's docs: page 7 of 20 with the defaults gives 1 2 None 5 6 7 8 9 10 11 None 19 20.
        assertEquals(Arrays.asList(1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20), page(7, 10, 200).iterPages());
    }

    @Test
    void iterPagesWithoutGapsNearTheEdges() {
        assertEquals(Arrays.asList(1, 2, 3, 4, 5, null, 19, 20), page(1, 10, 200).iterPages(), "right_current = 4");
        assertEquals(Arrays.asList(1, 2, null, 18, 19, 20), page(20, 10, 200).iterPages());
        assertEquals(List.of(1, 2, 3), page(2, 10, 25).iterPages());
        assertEquals(List.of(), page(1, 10, 0).iterPages(), "no pages, no numbers");
    }

    @Test
    void iterPagesWithCustomEdges() {
        assertEquals(Arrays.asList(1, null, 10, null, 20), page(10, 10, 200).iterPages(1, 0, 0, 1));
    }

    @Test
    void neighboursAndCounts() {
        Page<Integer> middle = page(2, 10, 25);
        assertEquals(3, middle.pages());
        assertTrue(middle.hasPrev());
        assertTrue(middle.hasNext());
        assertEquals(1, middle.prevNum());
        assertEquals(3, middle.nextNum());
        assertEquals(11L, middle.first());
        assertEquals(20L, middle.last());

        Page<Integer> last = page(3, 10, 25);
        assertFalse(last.hasNext());
        assertNull(last.nextNum());
        assertEquals(21L, last.first());
        assertEquals(25L, last.last());

        Page<Integer> empty = page(1, 10, 0);
        assertEquals(0, empty.pages());
        assertFalse(empty.hasPrev());
        assertNull(empty.prevNum());
        assertEquals(0L, empty.first());
    }

    @Test
    void invalidArgumentsAreRejectedWithTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Page<>(List.of(), 0, 10, 5));
        assertTrue(e.getMessage().contains("0, 10, 5"), e.getMessage());
    }
}

package dev.tablesmith;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paginated query (Jakarta Data's {@code CursoredPage}): its entities, and opaque cursors that
 * continue after its last entity or before its first. Unlike a {@link Page}, it needs no COUNT and costs the same
 * however deep it is, and rows inserted meanwhile neither repeat nor skip entities on the following pages.
 *
 * <pre>{@code
 * CursoredPage<Todo> first = todos.where(TODO.DONE.isFalse()).orderBy(TODO.CREATED).after(null).limit(20);
 * CursoredPage<Todo> second = todos.where(TODO.DONE.isFalse()).orderBy(TODO.CREATED)
 *         .after(first.nextCursor().orElseThrow()).limit(20);
 * }</pre>
 *
 * @param <T> the model type
 */
public final class CursoredPage<T> {
    private final List<T> items;
    private final String nextCursor;
    private final String previousCursor;

    CursoredPage(List<T> items, String nextCursor, String previousCursor) {
        this.items = List.copyOf(items);
        this.nextCursor = nextCursor;
        this.previousCursor = previousCursor;
    }

    /** The entities on this page, in the query's order. */
    public List<T> items() {
        return items;
    }

    /** Whether entities follow this page (known from one row read past it, or from the cursor it was fetched before). */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /** Whether entities precede this page (known from one row read before it, or from the cursor it was fetched after). */
    public boolean hasPrevious() {
        return previousCursor != null;
    }

    /** The cursor to pass to {@code after(...)} for the next page; empty on the last page. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** The cursor to pass to {@code before(...)} for the previous page; empty on the first page. */
    public Optional<String> previousCursor() {
        return Optional.ofNullable(previousCursor);
    }

    @Override
    public String toString() {
        return "CursoredPage[" + items.size() + " items, hasPrevious=" + hasPrevious() + ", hasNext=" + hasNext()
                + "]";
    }
}

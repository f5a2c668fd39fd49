package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of query results (Flask-SQLAlchemy's {@code Pagination}). Pages count from 1.
 *
 * <p>A page from {@link ModelQuery#page} knows the total, counted with one extra query. A page from
 * {@link ModelQuery#pageWithoutCount} skips that query (Flask's {@code count=False}): it still knows whether a next
 * page exists, from one row read past its end, but not the total, so {@link #total()}, {@link #pages()} and
 * {@link #iterPages()} refuse to guess. A page from a query can fetch its neighbours with {@link #next()} and
 * {@link #prev()}, in the current context.
 *
 * @param <T> the model type
 */
public final class Page<T> {
    private final List<T> items;
    private final int page;
    private final int perPage;
    /** The number of matching items, or -1 when the page was fetched without counting them. */
    private final long total;
    /** Whether a next page exists, known without a count from one row read past this page. */
    private final boolean more;
    /** Fetches another page of the same query, or null for a page built by hand. */
    private final java.util.function.IntFunction<Page<T>> fetcher;

    public Page(List<T> items, int page, int perPage, long total) {
        this(items, page, perPage, checkTotal(page, perPage, total), false, null);
    }

    private static long checkTotal(int page, int perPage, long total) {
        if (page < 1 || perPage < 1 || total < 0) {
            throw new IllegalArgumentException("page and perPage must be at least 1 and total at least 0, were "
                    + page + ", " + perPage + ", " + total);
        }
        return total;
    }

    Page(List<T> items, int page, int perPage, long total, boolean more,
            java.util.function.IntFunction<Page<T>> fetcher) {
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage must be at least 1, were " + page + ", " + perPage);
        }
        this.items = List.copyOf(items);
        this.page = page;
        this.perPage = perPage;
        this.total = total;
        this.more = more;
        this.fetcher = fetcher;
    }

    /** The entities on this page. */
    public List<T> items() {
        return items;
    }

    /** This page's number, from 1. */
    public int page() {
        return page;
    }

    /** The maximum number of items on a page. */
    public int perPage() {
        return perPage;
    }

    /**
     * The number of matching items over all pages.
     *
     * @throws IllegalStateException for a page fetched without a count
     */
    public long total() {
        if (total < 0) {
            throw new IllegalStateException("This page was fetched without counting the matching items "
                    + "(pageWithoutCount); use page(page, perPage) to count them");
        }
        return total;
    }

    /** Whether {@link #total()} is known: false for a page fetched without a count. */
    public boolean counted() {
        return total >= 0;
    }

    /**
     * The number of pages; 0 when nothing matches.
     *
     * @throws IllegalStateException for a page fetched without a count
     */
    public int pages() {
        return (int) ((total() + perPage - 1) / perPage);
    }

    /** The 1-based position of this page's first item among all items; 0 when the page is empty. */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * perPage + 1;
    }

    /** The 1-based position of this page's last item among all items; 0 when the page is empty. */
    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }

    public boolean hasPrev() {
        return page > 1;
    }

    public boolean hasNext() {
        return counted() ? page < pages() : more;
    }

    /** The previous page's number, or {@code null} on the first page. */
    public Integer prevNum() {
        return hasPrev() ? page - 1 : null;
    }

    /** The next page's number, or {@code null} on the last page. */
    public Integer nextNum() {
        return hasNext() ? page + 1 : null;
    }

    /**
     * The next page of the same query, fetched now in the current context (Flask's {@code Pagination.next()}).
     *
     * @throws NotFoundException            when this is the last page
     * @throws UnsupportedOperationException for a page built by hand rather than by a query
     */
    public Page<T> next() {
        if (!hasNext()) {
            throw new NotFoundException("Page " + page + " is the last page; there is no next page");
        }
        return fetch(page + 1);
    }

    /**
     * The previous page of the same query, fetched now in the current context (Flask's {@code Pagination.prev()}).
     *
     * @throws NotFoundException            on the first page
     * @throws UnsupportedOperationException for a page built by hand rather than by a query
     */
    public Page<T> prev() {
        if (!hasPrev()) {
            throw new NotFoundException("Page 1 is the first page; there is no previous page");
        }
        return fetch(page - 1);
    }

    private Page<T> fetch(int number) {
        if (fetcher == null) {
            throw new UnsupportedOperationException("This Page was built by hand, not by a query, so it cannot fetch "
                    + "other pages");
        }
        return fetcher.apply(number);
    }

    /** Page numbers for a pagination widget with Flask-SQLAlchemy's defaults (2, 2, 4, 2). */
    public List<Integer> iterPages() {
        return iterPages(2, 2, 4, 2);
    }

    /**
     * Page numbers for a pagination widget: the first {@code leftEdge} pages, {@code leftCurrent} pages before and
     * {@code rightCurrent} after the current one, and the last {@code rightEdge}; {@code null} marks a gap. For
     * page 7 of 20 with the defaults: {@code 1 2 null 5 6 7 8 9 10 11 null 19 20}.
     */
    public List<Integer> iterPages(int leftEdge, int leftCurrent, int rightCurrent, int rightEdge) {
        List<Integer> numbers = new ArrayList<>();
        int pagesEnd = pages() + 1;
        if (pagesEnd == 1) {
            return numbers;
        }
        int leftEnd = Math.min(1 + leftEdge, pagesEnd);
        addRange(numbers, 1, leftEnd);
        if (leftEnd == pagesEnd) {
            return numbers;
        }
        int midStart = Math.max(leftEnd, page - leftCurrent);
        int midEnd = Math.min(page + rightCurrent + 1, pagesEnd);
        if (midStart - leftEnd > 0) {
            numbers.add(null);
        }
        addRange(numbers, midStart, midEnd);
        if (midEnd == pagesEnd) {
            return numbers;
        }
        int rightStart = Math.max(midEnd, pagesEnd - rightEdge);
        if (rightStart - midEnd > 0) {
            numbers.add(null);
        }
        addRange(numbers, rightStart, pagesEnd);
        return numbers;
    }

    private static void addRange(List<Integer> numbers, int from, int to) {
        for (int i = from; i < to; i++) {
            numbers.add(i);
        }
    }

    @Override
    public String toString() {
        return counted() ? "Page " + page + " of " + pages() + " (" + items.size() + " of " + total + " items)"
                : "Page " + page + " (" + items.size() + " items" + (more ? ", more follow" : ", the last") + ")";
    }
}

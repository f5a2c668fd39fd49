package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of query results (Flask-SQLAlchemy's {@code Pagination}). Pages count from 1.
 *
 * @param <T> the model type
 */
public final class Page<T> {
    private final List<T> items;
    private final int page;
    private final int perPage;
    private final long total;

    public Page(List<T> items, int page, int perPage, long total) {
        if (page < 1 || perPage < 1 || total < 0) {
            throw new IllegalArgumentException("page and perPage must be at least 1 and total at least 0, were "
                    + page + ", " + perPage + ", " + total);
        }
        this.items = List.copyOf(items);
        this.page = page;
        this.perPage = perPage;
        this.total = total;
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

    /** The number of matching items over all pages. */
    public long total() {
        return total;
    }

    /** The number of pages; 0 when nothing matches. */
    public int pages() {
        return (int) ((total + perPage - 1) / perPage);
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
        return page < pages();
    }

    /** The previous page's number, or {@code null} on the first page. */
    public Integer prevNum() {
        return hasPrev() ? page - 1 : null;
    }

    /** The next page's number, or {@code null} on the last page. */
    public Integer nextNum() {
        return hasNext() ? page + 1 : null;
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
        return "Page " + page + " of " + pages() + " (" + items.size() + " of " + total + " items)";
    }
}

package dev.tablesmith.servlet;

import dev.tablesmith.ModelQuery;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The page a request asks for, read as Flask-SQLAlchemy's {@code db.paginate()} reads it: the {@code page} and
 * {@code per_page} query parameters (1 and 20 when absent), {@code per_page} capped at a maximum, and a 404 — a
 * {@link NotFoundException}, which {@link TablesmithFilter} and {@code TablesmithPlugin} answer with 404 — for a
 * value that is not a whole number of at least 1. A page past the last is a 404 too, from
 * {@link ModelQuery#page(int, int)}.
 *
 * <pre>{@code
 * Page<Todo> page = Pagination.of(request).page(todos.where(TODO.DONE.isFalse()).orderBy(TODO.ID));
 * }</pre>
 *
 * @param page    the page number, from 1
 * @param perPage the page size, from 1, already capped
 */
public record Pagination(int page, int perPage) {
    /** Flask-SQLAlchemy's default page size. */
    public static final int DEFAULT_PER_PAGE = 20;
    /**
     * The cap {@link #of(HttpServletRequest)} applies. Flask-SQLAlchemy has none by default; a web API without one
     * lets any client ask for the whole table in one page.
     */
    public static final int DEFAULT_MAX_PER_PAGE = 100;

    public Pagination {
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage count from 1, were " + page + " and " + perPage);
        }
    }

    /** The page {@code request} asks for, with at most {@value #DEFAULT_MAX_PER_PAGE} items. */
    public static Pagination of(HttpServletRequest request) {
        return of(request, DEFAULT_MAX_PER_PAGE);
    }

    /** The page {@code request} asks for, with at most {@code maxPerPage} items. */
    public static Pagination of(HttpServletRequest request, int maxPerPage) {
        return of(request.getQueryString(), maxPerPage);
    }

    /**
     * The page a query string ({@code page=2&per_page=50}, undecoded, or null) asks for, with at most
     * {@code maxPerPage} items. Only the query string counts, as Flask reads {@code request.args}: a form body is not
     * read.
     *
     * @throws NotFoundException when {@code page} or {@code per_page} is not a whole number of at least 1
     */
    public static Pagination of(String queryString, int maxPerPage) {
        if (maxPerPage < 1) {
            throw new IllegalArgumentException("maxPerPage must be at least 1, was " + maxPerPage);
        }
        int page = parameter(queryString, "page", 1);
        int perPage = parameter(queryString, "per_page", DEFAULT_PER_PAGE);
        return new Pagination(page, Math.min(perPage, maxPerPage));
    }

    /** This page of {@code query}: {@code query.page(page(), perPage())}, a 404 when past the last page. */
    public <T> Page<T> page(ModelQuery<T> query) {
        return query.page(page, perPage);
    }

    /** The first value of {@code name} in the query string, as Flask's {@code request.args.get(name)}. */
    private static int parameter(String queryString, String name, int absent) {
        if (queryString == null || queryString.isEmpty()) {
            return absent;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return number(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return absent;
    }

    private static int number(String name, String value) {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("No such page: " + name + "=" + value + " is not a whole number");
        }
        if (number < 1) {
            throw new NotFoundException("No such page: " + name + "=" + value + ", and pages and page sizes count "
                    + "from 1");
        }
        return number;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}

package dev.tablesmith.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caps the page size of one {@code Pagination} argument, instead of {@code tablesmith.pagination.max-per-page}:
 * {@code @GetMapping("/todos") Page<Todo> list(@MaxPerPage(50) Pagination page)}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxPerPage {
    /** The largest {@code per_page} the request may ask for; from 1. */
    int value();
}

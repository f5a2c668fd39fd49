package dev.tablesmith.spring.boot;

import dev.tablesmith.servlet.TablesmithFilter;

/**
 * Configures the auto-configured {@link TablesmithFilter}: a bean of this type returns the filter to register,
 * usually a configured copy, e.g. {@code filter -> filter.skipping(request -> request.getRequestURI()
 * .startsWith("/events"))}. Several customizers apply in their {@code @Order}.
 */
@FunctionalInterface
public interface TablesmithFilterCustomizer {
    /** The filter to register instead of {@code filter}. */
    TablesmithFilter customize(TablesmithFilter filter);
}

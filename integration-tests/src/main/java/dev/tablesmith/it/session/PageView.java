package dev.tablesmith.it.session;

import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * A model in the {@code analytics} bind: it lives in a second database.
 *
 * @param id   the generated id
 * @param path the page viewed
 */
@Model(bind = "analytics")
public record PageView(@Id Long id, String path) {
}

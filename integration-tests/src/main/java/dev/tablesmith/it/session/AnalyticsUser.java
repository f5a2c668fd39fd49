package dev.tablesmith.it.session;

import dev.tablesmith.Id;
import dev.tablesmith.Model;

/**
 * A model whose table is named {@code user} like {@link dev.tablesmith.it.model.User}'s, but in the
 * {@code analytics} bind: the same table name may exist in two databases.
 *
 * @param id     the id, assigned by the application
 * @param visits how often the user came back
 */
@Model(table = "user", bind = "analytics")
public record AnalyticsUser(@Id(generated = false) long id, int visits) {
}

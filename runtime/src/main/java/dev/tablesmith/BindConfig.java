package dev.tablesmith;

import java.util.Objects;

/**
 * Connection settings of one database, for {@link DatabaseBuilder#bind(String, BindConfig)}.
 *
 * @param url      the JDBC URL
 * @param user     the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record BindConfig(String url, String user, String password) {
    public BindConfig {
        Objects.requireNonNull(url, "url");
    }

    /** Settings with no credentials (embedded databases, trust authentication). */
    public static BindConfig of(String url) {
        return new BindConfig(url, null, null);
    }
}

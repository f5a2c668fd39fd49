package dev.tablesmith;

import java.util.Locale;

/** Which JDBC driver artifact serves a URL, for the error that says what to add when none is on the class path. */
final class Drivers {
    private Drivers() {
    }

    /**
     * What to add to the build for {@code url}'s scheme, or what Tablesmith supports when it knows none: the
     * advice behind the driver manager's bare "No suitable driver".
     */
    static String advice(String url) {
        String scheme = url.toLowerCase(Locale.ROOT);
        String artifact;
        if (scheme.startsWith("jdbc:postgresql:")) {
            artifact = "org.postgresql:postgresql";
        } else if (scheme.startsWith("jdbc:mariadb:")) {
            artifact = "org.mariadb.jdbc:mariadb-java-client";
        } else if (scheme.startsWith("jdbc:mysql:")) {
            artifact = "org.mariadb.jdbc:mariadb-java-client (with a jdbc:mariadb: URL) or com.mysql:mysql-connector-j";
        } else if (scheme.startsWith("jdbc:sqlite:")) {
            artifact = "org.xerial:sqlite-jdbc";
        } else if (scheme.startsWith("jdbc:h2:")) {
            artifact = "com.h2database:h2";
        } else {
            return "no JDBC driver on the class path accepts this URL, and Tablesmith knows none for it: Tablesmith "
                    + "supports jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:/jdbc:mysql: and jdbc:sqlite: URLs";
        }
        return "no JDBC driver on the class path accepts this URL: add the driver " + artifact
                + " to the application's dependencies (runtime scope is enough)";
    }

    /** Whether {@code failure} is the driver manager finding no driver for a URL. */
    static boolean noDriver(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No suitable driver")
                    || message.contains("Failed to get driver instance"))) {
                return true;
            }
        }
        return false;
    }
}

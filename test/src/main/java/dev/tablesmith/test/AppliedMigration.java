package dev.tablesmith.test;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One migration file of a chain, as Flyway named and ordered it, with its text: what a failure report searches
 * to name the file that last touched a table or column.
 *
 * @param version the version Flyway read from the name ({@code 3} of {@code V3__add_index.sql})
 * @param file    the file
 * @param sql     its text, comments included (they name what each statement changes)
 */
record AppliedMigration(String version, Path file, String sql) {
    /** Whether the text names {@code identifier} as a whole word, quoted or not, in any case. */
    boolean mentions(String identifier) {
        return Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(identifier.toLowerCase(Locale.ROOT))
                + "(?![A-Za-z0-9_$])").matcher(sql.toLowerCase(Locale.ROOT)).find();
    }

    /** The file's name, as the report shows it. */
    String name() {
        return file.getFileName().toString();
    }
}

package dev.tablesmith.test;

import dev.tablesmith.ModelTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names, for each difference between a migrated database and the models, the migration file to look at: the last
 * one (in Flyway's order) that touched the table and the column or index the difference is about, else the last
 * that touched the table. A difference cannot say which statement is wrong or missing, but the file that last
 * changed the same thing is where a dropped line, a wrong type or a misplaced change shows.
 */
final class MigrationBlame {
    /** An identifier in a difference as the dialects quote it: {@code "note"} or {@code `note`}. */
    private static final Pattern QUOTED = Pattern.compile("[\"`]([^\"`]+)[\"`]");
    /**
     * A column rename as the dialects write it: {@code rename column "a" to "b"},
     * or H2's {@code alter column "a" rename to "b"}.
     */
    private static final Pattern RENAME = Pattern.compile(
            "(?:rename column|alter column) [\"`]?([a-z0-9_$]+)[\"`]? (?:rename )?to [\"`]?([a-z0-9_$]+)[\"`]?");

    private final List<ModelTable<?>> tables;
    private final List<AppliedMigration> chain;

    MigrationBlame(List<ModelTable<?>> tables, List<AppliedMigration> chain) {
        this.tables = tables;
        this.chain = chain;
    }

    /** The hint under {@code difference}: {@code look at V4__x.sql, the last migration that touched note.text}. */
    String hint(String difference) {
        Set<String> quoted = new LinkedHashSet<>();
        Matcher matcher = QUOTED.matcher(difference);
        while (matcher.find()) {
            quoted.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        String table = null;
        for (String identifier : quoted) {
            if (table == null && tableNames().contains(identifier)) {
                table = identifier;
            }
        }
        if (table == null) {
            return chain.isEmpty() ? "no migration was applied" : "look at the newest migration, "
                    + chain.get(chain.size() - 1).name();
        }
        List<String> parts = new ArrayList<>(quoted);
        parts.remove(table);
        // The first identifier after the table is the most specific: the column altered, the index created.
        for (String part : parts) {
            int last = lastMentioning(table, part, chain.size());
            if (last >= 0) {
                return "look at " + chain.get(last).name() + ", the last migration that touched " + table + "." + part
                        + beforeRenames(table, part, last);
            }
        }
        int last = lastMentioning(table, table, chain.size());
        return last >= 0 ? "look at " + chain.get(last).name() + ", the last migration that touched table " + table
                : "no migration touches table " + table + "; add one that creates it";
    }

    /**
     * Where the column had another name: {@code "; before its rename from body: V2__add_body.sql"} for each rename
     * that led to {@code part}, going back from migration {@code from}, so that a wrong type written before a
     * rename is found too.
     */
    private String beforeRenames(String table, String part, int from) {
        StringBuilder earlier = new StringBuilder();
        String name = part;
        int at = from;
        while (at >= 0) {
            String previous = renamedTo(chain.get(at), name);
            if (previous == null) {
                break;
            }
            int before = lastMentioning(table, previous, at);
            earlier.append("; before its rename from ").append(previous).append(": ")
                    .append(before >= 0 ? chain.get(before).name() : "no migration");
            name = previous;
            at = before;
        }
        return earlier.toString();
    }

    /** The column {@code migration} renames to {@code name}, or {@code null}. */
    private static String renamedTo(AppliedMigration migration, String name) {
        Matcher rename = RENAME.matcher(migration.sql().toLowerCase(Locale.ROOT));
        while (rename.find()) {
            if (rename.group(2).equals(name)) {
                return rename.group(1);
            }
        }
        return null;
    }

    /** The index of the last migration before {@code end} that mentions both names, or -1. */
    private int lastMentioning(String table, String part, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (chain.get(i).mentions(table) && chain.get(i).mentions(part)) {
                return i;
            }
        }
        return -1;
    }

    private Set<String> tableNames() {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(table -> names.add(table.getName().toLowerCase(Locale.ROOT)));
        return names;
    }
}

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

    private final List<ModelTable<?>> tables;
    private final List<AppliedMigration> chain;

    MigrationBlame(List<ModelTable<?>> tables, List<AppliedMigration> chain) {
        this.tables = tables;
        this.chain = chain;
    }

    /** The hint printed under {@code difference}, e.g. {@code look at V4__x.sql, the last migration that touched note.text}. */
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
            AppliedMigration last = lastMentioning(table, part);
            if (last != null) {
                return "look at " + last.name() + ", the last migration that touched " + table + "." + part;
            }
        }
        AppliedMigration last = lastMentioning(table, table);
        return last != null ? "look at " + last.name() + ", the last migration that touched table " + table
                : "no migration touches table " + table + "; add one that creates it";
    }

    private AppliedMigration lastMentioning(String table, String part) {
        AppliedMigration last = null;
        for (AppliedMigration migration : chain) {
            if (migration.mentions(table) && migration.mentions(part)) {
                last = migration;
            }
        }
        return last;
    }

    private Set<String> tableNames() {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(table -> names.add(table.getName().toLowerCase(Locale.ROOT)));
        return names;
    }
}

package dev.tablesmith.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Source;
import org.jooq.impl.DSL;

/**
 * The migration from a committed schema to the models' current one. jOOQ computes it ({@code Meta.migrateTo}) from
 * both schemas' DDL; this class only applies declared renames first, creates new tables with their foreign keys
 * ({@link NewTables}), describes each step for people, and flags the steps that lose data or lock tables.
 *
 * @param steps the statements in order
 */
public record MigrationPlan(List<Step> steps) {
    /** The dialect both schemas are kept and compared in. */
    public static final SQLDialect SNAPSHOT_DIALECT = SQLDialect.H2;

    private static final Pattern ADD_COLUMN = Pattern.compile("alter table \"([^\"]+)\" add \"([^\"]+)\" (.+)");
    private static final Pattern DROP_COLUMN = Pattern.compile("alter table \"([^\"]+)\" drop \"([^\"]+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("create table \"([^\"]+)\"");
    private static final Pattern DROP_TABLE = Pattern.compile("drop table \"([^\"]+)\"");
    private static final Pattern CREATE_INDEX = Pattern.compile("create (unique )?index \"([^\"]+)\" on \"([^\"]+)\"");
    /** A type change, as H2 ({@code alter "c" varchar(40)}) and others ({@code set data type}) render it. */
    private static final Pattern ALTER_TYPE = Pattern.compile(
            "alter table \"([^\"]+)\" alter (?:column )?\"([^\"]+)\" (?:set data type |type )?([a-z][a-z0-9 ()',]*)$");
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "alter table \"([^\"]+)\" (?:rename column|alter column) \"([^\"]+)\" (?:rename )?to \"([^\"]+)\"");

    /**
     * One statement of the migration.
     *
     * @param query       the jOOQ statement, rendered per dialect into the migration files
     * @param description what it does, for people
     * @param warning     why it is destructive or locking, or {@code null}
     */
    public record Step(Query query, String description, String warning) {
    }

    /**
     * The plan from {@code committedDdl} to {@code currentDdl} (both in {@link #SNAPSHOT_DIALECT}), applying
     * {@code renames} ({@code table -> (old column -> new column)}) as renames rather than drops plus adds.
     */
    public static MigrationPlan between(String committedDdl, String currentDdl, Map<String, Map<String, String>> renames) {
        DSLContext dsl = DSL.using(SNAPSHOT_DIALECT);
        Meta committed = dsl.meta(Source.of(committedDdl));
        Meta current = dsl.meta(Source.of(currentDdl));
        List<Query> queries = new ArrayList<>();
        for (var table : renames.entrySet()) {
            for (var rename : table.getValue().entrySet()) {
                if (hasColumn(committed, table.getKey(), rename.getKey())
                        && !hasColumn(committed, table.getKey(), rename.getValue())) {
                    Query query = dsl.alterTable(DSL.name(table.getKey())).renameColumn(DSL.name(rename.getKey()))
                            .to(DSL.name(rename.getValue()));
                    committed = committed.apply(query);
                    queries.add(query);
                }
            }
        }
        queries.addAll(List.of(committed.migrateTo(current).queries()));
        List<Step> steps = new ArrayList<>();
        for (Query query : NewTables.inlineForeignKeys(dsl, queries, current)) {
            steps.add(describe(query, dsl.render(query)));
        }
        return new MigrationPlan(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Columns dropped from a table that also gains columns in this plan: each may be a rename that would lose its
     * data, described as {@code "table user: column old_name dropped while new_name was added"}.
     */
    public List<String> possibleRenames() {
        List<String> suspects = new ArrayList<>();
        for (Step dropped : steps) {
            Matcher drop = DROP_COLUMN.matcher(render(dropped));
            if (!drop.find()) {
                continue;
            }
            for (Step added : steps) {
                Matcher add = ADD_COLUMN.matcher(render(added));
                if (add.find() && add.group(1).equals(drop.group(1))) {
                    suspects.add("table " + drop.group(1) + ": column " + drop.group(2) + " dropped while "
                            + add.group(2) + " was added");
                }
            }
        }
        return suspects;
    }

    /** The migration as a SQL script for {@code dialect}, each step preceded by its description and warning. */
    public String script(SQLDialect dialect) {
        DSLContext dsl = DSL.using(dialect);
        StringBuilder sql = new StringBuilder();
        for (Step step : steps) {
            sql.append("-- ").append(step.description()).append('\n');
            if (step.warning() != null) {
                sql.append("-- WARNING: ").append(step.warning()).append('\n');
            }
            sql.append(dsl.render(step.query())).append(";\n\n");
        }
        return sql.toString();
    }

    /** A short file-name slug describing the plan, e.g. {@code add_user_email}. */
    public String slug() {
        String first = steps.isEmpty() ? "no_change" : steps.get(0).description();
        String slug = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        slug = slug.substring(0, Math.min(50, slug.length())).replaceAll("_$", "");
        return steps.size() > 1 ? slug + "_and_more" : slug;
    }

    private static String render(Step step) {
        return DSL.using(SNAPSHOT_DIALECT).render(step.query());
    }

    private static boolean hasColumn(Meta meta, String table, String column) {
        for (var candidate : meta.getTables(table)) {
            if (candidate.field(column) != null) {
                return true;
            }
        }
        return false;
    }

    private static Step describe(Query query, String sql) {
        Matcher m;
        if ((m = RENAME_COLUMN.matcher(sql)).find()) {
            return new Step(query, "table " + m.group(1) + ": column " + m.group(2) + " renamed to " + m.group(3),
                    null);
        }
        if ((m = ALTER_TYPE.matcher(sql)).find() && !m.group(3).startsWith("set ") && !m.group(3).startsWith("drop")
                && !m.group(3).startsWith("rename")) {
            return new Step(query, "table " + m.group(1) + ": column " + m.group(2) + " type changed to "
                    + m.group(3).toUpperCase(Locale.ROOT),
                    "changes a column's type: may narrow it (losing data) and rewrites the table");
        }
        if ((m = ADD_COLUMN.matcher(sql)).find()) {
            String definition = m.group(3).toUpperCase(Locale.ROOT);
            boolean notNull = definition.contains("NOT NULL");
            String type = definition.replace(" NOT NULL", "").replace(" NULL", "");
            String warning = notNull && !definition.contains("DEFAULT")
                    ? "adds a NOT NULL column without a default: fails on a table that has rows" : null;
            return new Step(query, "table " + m.group(1) + ": column " + m.group(2) + " added, " + type
                    + (notNull ? " NOT NULL" : " NULL"), warning);
        }
        if ((m = DROP_COLUMN.matcher(sql)).find()) {
            return new Step(query, "table " + m.group(1) + ": column " + m.group(2) + " dropped",
                    "DESTRUCTIVE: drops column " + m.group(1) + "." + m.group(2) + " and its data");
        }
        if ((m = CREATE_TABLE.matcher(sql)).find()) {
            return new Step(query, "table " + m.group(1) + " added", null);
        }
        if ((m = DROP_TABLE.matcher(sql)).find()) {
            return new Step(query, "table " + m.group(1) + " dropped",
                    "DESTRUCTIVE: drops table " + m.group(1) + " and all its rows");
        }
        if ((m = CREATE_INDEX.matcher(sql)).find()) {
            return new Step(query, "table " + m.group(3) + ": " + (m.group(1) == null ? "" : "unique ") + "index "
                    + m.group(2) + " added", "builds an index: locks writes to " + m.group(3)
                    + " on some databases while it runs");
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        String warning = lower.contains(" set not null") ? "adds NOT NULL: fails if the column holds NULLs, and "
                + "checks every row" : lower.contains(" set data type") || lower.contains(" type ")
                ? "changes a column's type: may narrow it (losing data) and rewrites the table" : lower
                .contains(" drop ") ? "DESTRUCTIVE: drops part of the schema" : null;
        return new Step(query, sql, warning);
    }
}

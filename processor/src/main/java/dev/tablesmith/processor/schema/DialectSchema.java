package dev.tablesmith.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Source;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * The models' current schema as one dialect's {@code createAll()} DDL creates it, and the migration steps rendered
 * with it. The plan is computed on the H2 snapshot, whose column types are H2's: a {@code @Json} column is text
 * there, an {@code Instant} a {@code timestamp with time zone}, which MariaDB and SQLite cannot store (their DDL
 * holds UTC date-times). So a new table is created with its own statement from this dialect's DDL (foreign keys
 * inline, as the baseline does), and an added or altered column gets the definition this dialect's DDL gives it
 * (parsed into a jOOQ {@link Meta} of this dialect): a chain of migrations then builds exactly what
 * {@code createAll()} builds.
 */
final class DialectSchema {
    private static final DSLContext SNAPSHOT = DSL.using(MigrationPlan.SNAPSHOT_DIALECT);
    private static final String NAME = "\"((?:[^\"]|\"\")+)\"";
    private static final Pattern ADD_COLUMN = Pattern.compile("alter table " + NAME + " add " + NAME + " .+");
    private static final Pattern ALTER_COLUMN = Pattern.compile("alter table " + NAME + " alter " + NAME + " (.+)");
    private static final Pattern IF_NOT_EXISTS = Pattern.compile("^create table if not exists ");

    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Meta meta;
    private final Map<String, String> createTables = new LinkedHashMap<>();

    private DialectSchema(SQLDialect dialect, String ddl) {
        this.dialect = dialect;
        this.dsl = DSL.using(dialect);
        this.meta = dsl.meta(Source.of(ddl));
        for (String statement : statements(ddl)) {
            if (dsl.parser().parseQuery(statement) instanceof QOM.CreateTable create) {
                createTables.put(create.$table().getName(), IF_NOT_EXISTS.matcher(statement).replaceFirst(
                        "create table "));
            }
        }
    }

    /** The schema {@code ddl}, the DDL {@code createAll()} runs on {@code dialect}, as a migration's source. */
    static DialectSchema of(SQLDialect dialect, String ddl) {
        return new DialectSchema(dialect, ddl);
    }

    /**
     * {@code step} (a statement of the plan, in {@link MigrationPlan#SNAPSHOT_DIALECT}) as this dialect runs it:
     * a created table as this dialect's DDL creates it, an added column, a type or nullability change with this
     * dialect's column definition, any other statement (which names no type) rendered by jOOQ.
     */
    String render(Query step) {
        if (step instanceof QOM.CreateTable create) {
            return createTable(create.$table().getName());
        }
        String snapshotSql = SNAPSHOT.render(step);
        Matcher m = ADD_COLUMN.matcher(snapshotSql);
        if (m.matches()) {
            return dsl.render(dsl.alterTable(DSL.name(name(m.group(1)))).add(column(m.group(1), m.group(2))));
        }
        m = ALTER_COLUMN.matcher(snapshotSql);
        if (m.matches()) {
            String change = m.group(3);
            boolean typeChange = change.startsWith("set data type ") || !change.startsWith("set ")
                    && !change.startsWith("drop ") && !change.startsWith("rename ") && !change.startsWith("restart");
            if (typeChange || change.equals("set not null") || change.equals("drop not null")) {
                Field<?> column = column(m.group(1), m.group(2));
                var alter = dsl.alterTable(DSL.name(name(m.group(1)))).alter(column);
                return dsl.render(typeChange ? alter.set(column.getDataType()) // the whole definition
                        : change.equals("set not null") ? alter.setNotNull() : alter.dropNotNull());
            }
        }
        return dsl.render(step);
    }

    private String createTable(String table) {
        String statement = createTables.get(table);
        if (statement == null) {
            throw new IllegalStateException("The " + dialect.getName() + " DDL of the current schema has no table "
                    + table + ", which the migration creates");
        }
        return statement;
    }

    private Field<?> column(String quotedTable, String quotedColumn) {
        String table = name(quotedTable);
        String column = name(quotedColumn);
        for (Table<?> candidate : meta.getTables(table)) {
            Field<?> field = candidate.field(column);
            if (field != null) {
                return field;
            }
        }
        throw new IllegalStateException("The " + dialect.getName() + " DDL of the current schema has no column "
                + table + "." + column + ", which the migration adds or changes");
    }

    /** A name as the snapshot's SQL quotes it, without the doubled quotes. */
    private static String name(String quoted) {
        return quoted.replace("\"\"", "\"");
    }

    /**
     * The statements of {@code ddl}, split at the semicolons outside quoted names, string literals and comments,
     * without the comment lines between them.
     */
    private static List<String> statements(String ddl) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < ddl.length(); i++) {
            char c = ddl.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: the same text either way
            } else if (c == '-' && ddl.startsWith("--", i)) {
                int end = ddl.indexOf('\n', i);
                i = end < 0 ? ddl.length() : end;
                continue;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ';') {
                add(statements, current);
                continue;
            }
            current.append(c);
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
        statement.setLength(0);
    }
}

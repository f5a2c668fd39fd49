package dev.tablesmith;

import dev.tablesmith.internal.Dialects;
import dev.tablesmith.internal.SchemaDdl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Compares a live database with the models, for start-up checks in production and for replaying migrations: a
 * missing table or column, a column of another type, size or nullability, a missing primary key, unique key,
 * foreign key or declared index, and a column the models no longer have. Each difference is described as the
 * statement that would fix it, in the database's dialect.
 *
 * <p>The live side is read through the JDBC driver's metadata ({@link LiveSchema}), the same way on every
 * database, and types are compared by family and size ({@link TypeFamily}), so that synonyms never count as
 * differences; indexes a database creates on its own (to back a key) are its own business.
 */
final class SchemaVerifier {
    private SchemaVerifier() {
    }

    static List<String> differences(Bind bind, List<ModelTable<?>> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        tables.forEach(table -> names.add(table.getName().toLowerCase(Locale.ROOT)));
        Map<String, LiveSchema.Table> live;
        try (Connection connection = bind.dataSource().getConnection()) {
            live = LiveSchema.read(connection, names);
        } catch (SQLException e) {
            throw new TablesmithException("Cannot read the schema of " + bind.describe() + ": " + e.getMessage(), e);
        }
        DSLContext dsl = Dialects.renderer(bind.dialect());
        List<String> differences = new ArrayList<>();
        for (ModelTable<?> table : tables) {
            LiveSchema.Table actual = live.get(table.getName().toLowerCase(Locale.ROOT));
            List<String> found = actual == null ? create(dsl, table) : compare(dsl, bind.dialect(), table, actual);
            found.forEach(difference -> differences.add(bind.describe() + ": " + difference));
        }
        return differences;
    }

    private static List<String> create(DSLContext dsl, ModelTable<?> table) {
        List<String> statements = new ArrayList<>();
        for (Query query : SchemaDdl.create(dsl, List.of(table))) {
            statements.add(dsl.render(query));
        }
        return statements;
    }

    private static List<String> compare(DSLContext dsl, SQLDialect dialect, ModelTable<?> table,
            LiveSchema.Table actual) {
        List<String> differences = new ArrayList<>();
        boolean strict = dialect != SQLDialect.SQLITE;
        Set<String> modelled = new HashSet<>();
        for (Field<?> field : table.fields()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            modelled.add(name);
            LiveSchema.Column column = actual.columns().get(name);
            Field<?> created = SchemaDdl.column(dialect, field);
            if (column == null) {
                differences.add(render(dsl, () -> dsl.alterTable(table).addColumn(created),
                        "table \"" + table.getName() + "\" has no column \"" + field.getName() + "\""));
                continue;
            }
            TypeFamily expected = TypeFamily.of(ddlTypeName(dsl, created), 0, 0);
            if (!column.type().matches(expected, strict)) {
                differences.add(render(dsl, () -> dsl.alterTable(table).alterColumn(created)
                        .set(created.getDataType().nullable(true)), "column \"" + table.getName() + "\".\""
                        + field.getName() + "\" is " + column.type().describe() + ", not " + expected.describe()));
            }
            if (column.nullable() != field.getDataType().nullable() && !isKey(table, field)) {
                differences.add(render(dsl, () -> field.getDataType().nullable()
                        ? dsl.alterTable(table).alterColumn(created).dropNotNull()
                        : dsl.alterTable(table).alterColumn(created).setNotNull(),
                        "column \"" + table.getName() + "\".\"" + field.getName() + "\" is "
                                + (column.nullable() ? "nullable" : "NOT NULL")));
            }
        }
        for (LiveSchema.Column column : actual.columns().values()) {
            if (!modelled.contains(column.name().toLowerCase(Locale.ROOT))) {
                differences.add(render(dsl, () -> dsl.alterTable(table).dropColumn(DSL.name(column.name())),
                        "table \"" + table.getName() + "\" has a column \"" + column.name() + "\" no model maps"));
            }
        }
        compareKeys(dsl, table, actual, differences);
        return differences;
    }

    /**
     * The type {@code field}'s column is declared with in the dialect's DDL, e.g. {@code varchar(80)}: the column
     * definition jOOQ renders for a one-column table, less its name and nullability. (A cast's type name is not the
     * same thing: MySQL casts integers to {@code signed}.)
     */
    static String ddlTypeName(DSLContext dsl, Field<?> field) {
        String marker = "tablesmith_probe_column";
        String ddl = dsl.render(dsl.createTable(DSL.name("t")).column(DSL.field(DSL.name(marker),
                field.getDataType().nullable(true).identity(false).default_((org.jooq.Field) null))));
        String definition = ddl.substring(ddl.indexOf(marker) + marker.length() + 1, ddl.lastIndexOf(')')).strip();
        return definition.replaceFirst("(?i)\\s+null$", "");
    }

    private static boolean isKey(ModelTable<?> table, Field<?> field) {
        UniqueKey<Record> key = table.getPrimaryKey();
        return key != null && key.getFields().contains(field);
    }

    private static void compareKeys(DSLContext dsl, ModelTable<?> table, LiveSchema.Table actual,
            List<String> differences) {
        UniqueKey<Record> primaryKey = table.getPrimaryKey();
        if (primaryKey != null && !columns(primaryKey.getFields()).equals(actual.primaryKey())) {
            differences.add(render(dsl, () -> dsl.alterTable(table).add(DSL.constraint(primaryKey.getName())
                    .primaryKey(primaryKey.getFieldsArray())), "table \"" + table.getName() + "\" has primary key "
                    + actual.primaryKey() + ", not " + columns(primaryKey.getFields())));
        }
        for (UniqueKey<Record> unique : table.getUniqueKeys()) {
            if (!actual.uniques().contains(columns(unique.getFields()))) {
                differences.add(render(dsl, () -> dsl.alterTable(table).add(DSL.constraint(unique.getName())
                        .unique(unique.getFieldsArray())), "table \"" + table.getName() + "\" has no unique key on "
                        + columns(unique.getFields())));
            }
        }
        for (ForeignKey<Record, ?> reference : table.getReferences()) {
            LiveSchema.Reference expected = new LiveSchema.Reference(columns(reference.getFields()),
                    reference.getKey().getTable().getName().toLowerCase(Locale.ROOT));
            if (!actual.references().contains(expected)) {
                differences.add(render(dsl, () -> dsl.alterTable(table).add(DSL.constraint(reference.getName())
                        .foreignKey(reference.getFieldsArray()).references(reference.getKey().getTable(),
                                reference.getKeyFieldsArray())), "table \"" + table.getName()
                        + "\" has no foreign key " + expected.columns() + " to \"" + expected.target() + "\""));
            }
        }
        for (Index index : table.getIndexes()) {
            List<String> indexed = new ArrayList<>();
            index.getFields().forEach(field -> indexed.add(field.getName().toLowerCase(Locale.ROOT)));
            boolean present = actual.indexes().contains(index.getName().toLowerCase(Locale.ROOT))
                    || index.getUnique() && actual.uniques().contains(indexed);
            if (!present) {
                differences.add(render(dsl, () -> index.getUnique()
                        ? dsl.createUniqueIndex(index.getUnqualifiedName()).on(table, index.getFields())
                        : dsl.createIndex(index.getUnqualifiedName()).on(table, index.getFields()),
                        "table \"" + table.getName() + "\" has no index \"" + index.getName() + "\""));
            }
        }
    }

    private static List<String> columns(List<? extends Field<?>> fields) {
        List<String> names = new ArrayList<>(fields.size());
        fields.forEach(field -> names.add(field.getName().toLowerCase(Locale.ROOT)));
        return names;
    }

    /** The statement that fixes a difference, or its description where the dialect has no such statement. */
    private static String render(DSLContext dsl, Supplier<Query> fix, String description) {
        try {
            return dsl.render(fix.get());
        } catch (RuntimeException e) {
            return description + " (" + dsl.dialect() + " has no statement to fix it in place)";
        }
    }
}

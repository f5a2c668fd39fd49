package dev.tablesmith.processor.schema;

import dev.tablesmith.internal.SchemaDdl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableElement;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * Puts the foreign keys of the tables a migration creates into their {@code CREATE TABLE}, and creates those tables
 * referenced ones first. jOOQ's schema diff creates a table and then adds its foreign keys with
 * {@code ALTER TABLE ... ADD CONSTRAINT}, which SQLite cannot run (it has no statement that adds a constraint to a
 * table); inline, the keys work on every database, as the baseline's do.
 */
final class NewTables {
    private static final Pattern ADD_FOREIGN_KEY = Pattern.compile(
            "^alter table \"([^\"]+)\" add constraint \"([^\"]+)\" foreign key");

    private NewTables() {
    }

    /** {@code queries} with the foreign keys of created tables inlined, the created tables in foreign-key order. */
    static List<Query> inlineForeignKeys(DSLContext dsl, List<Query> queries, Meta current) {
        Map<String, Integer> created = new HashMap<>();
        List<Query> result = new ArrayList<>(queries);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) instanceof QOM.CreateTable create) {
                created.put(create.$table().getName(), i);
            }
        }
        List<Query> folded = new ArrayList<>();
        for (Query query : result) {
            Matcher m = ADD_FOREIGN_KEY.matcher(dsl.render(query));
            ForeignKey<?, ?> key = m.find() && created.containsKey(m.group(1))
                    ? foreignKey(current, m.group(1), m.group(2)) : null;
            if (key == null) {
                folded.add(query);
                continue;
            }
            int at = created.get(m.group(1));
            QOM.CreateTable create = (QOM.CreateTable) result.get(at);
            List<TableElement> elements = new ArrayList<>(create.$tableElements());
            elements.add(constraint(key));
            result.set(at, create.$tableElements(elements));
            folded.add(null); // the ALTER is gone; its CREATE now carries the key
        }
        for (var entry : created.entrySet()) {
            folded.set(entry.getValue(), result.get(entry.getValue()));
        }
        folded.removeIf(java.util.Objects::isNull);
        return inForeignKeyOrder(folded);
    }

    /** The key as a constraint, with its {@code ON DELETE} rule, which {@code Key.constraint()} leaves out. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Constraint constraint(ForeignKey<?, ?> key) {
        ConstraintForeignKeyOnStep constraint = DSL.constraint(key.getUnqualifiedName())
                .foreignKey(key.getFieldsArray()).references((Table) key.getKey().getTable(), key.getKeyFieldsArray());
        return SchemaDdl.onDelete(constraint, key.getDeleteRule());
    }

    private static ForeignKey<?, ?> foreignKey(Meta current, String table, String name) {
        for (Table<?> candidate : current.getTables(table)) {
            for (ForeignKey<?, ?> key : candidate.getReferences()) {
                if (key.getName().equals(name)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** The created tables in the slots they had, reordered so that each comes after the tables it references. */
    private static List<Query> inForeignKeyOrder(List<Query> queries) {
        Map<String, QOM.CreateTable> creates = new LinkedHashMap<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i) instanceof QOM.CreateTable create) {
                creates.put(create.$table().getName(), create);
                slots.add(i);
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : creates.keySet()) {
            visit(table, creates, ordered, new LinkedHashSet<>());
        }
        List<Query> result = new ArrayList<>(queries);
        int slot = 0;
        for (String table : ordered) {
            result.set(slots.get(slot++), creates.get(table));
        }
        return result;
    }

    private static void visit(String table, Map<String, QOM.CreateTable> creates, Set<String> ordered,
            Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle: those keep the diff's order
        }
        for (TableElement element : creates.get(table).$tableElements()) {
            if (element instanceof QOM.ForeignKey key && creates.containsKey(key.$referencesTable().getName())) {
                visit(key.$referencesTable().getName(), creates, ordered, visiting);
            }
        }
        ordered.add(table);
    }
}

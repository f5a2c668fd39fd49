package dev.tablesmith.internal;

import dev.tablesmith.ConfigurationException;
import dev.tablesmith.ModelTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order tables are created in: every table after the tables it references, ties in name order so that the DDL
 * is deterministic. Shared by the runtime and the annotation processor. Internal: not part of the API.
 */
public final class TableOrder {
    private TableOrder() {
    }

    /**
     * Sorts the tables of one bind so that referenced tables come first. A table that references itself is fine; a
     * cycle between tables cannot be created with inline foreign keys.
     *
     * @throws ConfigurationException when two tables have one name, or foreign keys form a cycle
     */
    public static List<ModelTable<?>> inForeignKeyOrder(String bind, List<ModelTable<?>> tables) {
        Map<String, ModelTable<?>> byName = new TreeMap<>();
        for (ModelTable<?> table : tables) {
            ModelTable<?> previous = byName.put(table.getName(), table);
            if (previous != null && previous != table) {
                throw new ConfigurationException("Two models map to table \"" + table.getName() + "\" in "
                        + (bind.isEmpty() ? "the default database" : "bind '" + bind + "'") + ": "
                        + previous.modelType().getName() + " and " + table.modelType().getName()
                        + "; rename one with @Model(table = \"...\")");
            }
        }
        Set<ModelTable<?>> done = new LinkedHashSet<>();
        Map<ModelTable<?>, Boolean> visiting = new HashMap<>();
        List<ModelTable<?>> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(ModelTable::getName));
        for (ModelTable<?> table : sorted) {
            visit(table, done, visiting);
        }
        return List.copyOf(done);
    }

    private static void visit(ModelTable<?> table, Set<ModelTable<?>> done, Map<ModelTable<?>, Boolean> visiting) {
        if (done.contains(table)) {
            return;
        }
        if (visiting.put(table, Boolean.TRUE) != null) {
            throw new ConfigurationException("Foreign keys form a cycle through table \"" + table.getName()
                    + "\"; tables in a cycle cannot be created in order. Make one of the references nullable and "
                    + "drop its @References, or break the cycle");
        }
        for (ModelTable<?> target : referencedTables(table)) {
            if (target.bind().equals(table.bind())) {
                visit(target, done, visiting);
            }
        }
        visiting.remove(table);
        done.add(table);
    }

    /** The tables {@code table} references through foreign keys, itself excluded. */
    private static List<ModelTable<?>> referencedTables(ModelTable<?> table) {
        List<ModelTable<?>> targets = new ArrayList<>();
        for (var reference : table.getReferences()) {
            if (reference.getKey().getTable() instanceof ModelTable<?> target && target != table) {
                targets.add(target);
            }
        }
        return targets;
    }
}

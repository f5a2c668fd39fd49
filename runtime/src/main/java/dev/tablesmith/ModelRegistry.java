package dev.tablesmith;

import dev.tablesmith.generated.TableProvider;
import dev.tablesmith.internal.TableOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The models a {@link Database} manages, grouped by bind and ordered so that every table comes after the tables
 * it references (the order {@code createAll()} creates them in).
 */
final class ModelRegistry {
    private final Map<String, List<ModelTable<?>>> tablesByBind;
    /** Where the models came from, for the error that says none were found. */
    private final String source;

    private ModelRegistry(Map<String, List<ModelTable<?>>> tablesByBind, String source) {
        this.tablesByBind = tablesByBind;
        this.source = source;
    }

    /** Every model registered through the generated {@link TableProvider} services, as {@code loaders} see them. */
    static ModelRegistry discover(List<ClassLoader> loaders) {
        return of(ModelDiscovery.tables(loaders), "found no model on the class path (class loaders " + loaders + ")");
    }

    static ModelRegistry of(List<ModelTable<?>> tables) {
        return of(tables, "was given no model (Database.builder().models() with no tables)");
    }

    private static ModelRegistry of(List<ModelTable<?>> tables, String source) {
        Map<String, List<ModelTable<?>>> byBind = new TreeMap<>();
        for (ModelTable<?> table : tables) {
            byBind.computeIfAbsent(table.bind(), b -> new ArrayList<>()).add(table);
        }
        Map<String, List<ModelTable<?>>> ordered = new LinkedHashMap<>();
        byBind.forEach((bind, list) -> ordered.put(bind, TableOrder.inForeignKeyOrder(bind, list)));
        return new ModelRegistry(ordered, source);
    }

    /**
     * The tables of {@code bind}, which must have some: an operation on the models' schema that finds none is a
     * configuration mistake, never an empty success.
     *
     * @throws ConfigurationException saying that no model was found and the likely cause, or naming the binds
     *                                that have models
     */
    List<ModelTable<?>> require(String bind) {
        if (tablesByBind.isEmpty()) {
            throw new ConfigurationException("No @Model is registered: Tablesmith " + source + ". The annotation "
                    + "processor registers each model it compiles (META-INF/services/dev.tablesmith.generated.TableProvider),"
                    + " so put tablesmith-processor on the compiler's annotation processor path (Maven: the "
                    + "maven-compiler-plugin's <annotationProcessorPaths>; Gradle: annotationProcessor(...)) and "
                    + "rebuild, or pass the tables with Database.builder().models(UserTable.USER, ...)"
                    + (ModelRegistry.class.getModule().isNamed() ? ". On the module path, the service files are not "
                            + "read: the application's module-info.java must declare provides "
                            + "dev.tablesmith.generated.TableProvider with each model's XTable.Provider" : ""));
        }
        List<ModelTable<?>> tables = tablesByBind.get(bind);
        if (tables == null) {
            throw new ConfigurationException("No model lives in " + Bind.describe(bind) + "; models declare their "
                    + "database with @Model(bind = \"...\"), and these binds have models: " + describe(binds()));
        }
        return tables;
    }

    private static List<String> describe(Set<String> binds) {
        List<String> names = new ArrayList<>();
        binds.forEach(bind -> names.add(Bind.describe(bind)));
        return names;
    }

    /** The bind names that models live in. */
    Set<String> binds() {
        return tablesByBind.keySet();
    }

    /** The tables of {@code bind}, referenced tables first. */
    List<ModelTable<?>> tables(String bind) {
        return tablesByBind.getOrDefault(bind, List.of());
    }

    /** Every table, bind by bind; at least one (see {@link #require}). */
    List<ModelTable<?>> requireAll() {
        require(binds().isEmpty() ? Database.DEFAULT_BIND : binds().iterator().next());
        return all();
    }

    /** Every table, bind by bind. */
    List<ModelTable<?>> all() {
        List<ModelTable<?>> all = new ArrayList<>();
        tablesByBind.values().forEach(all::addAll);
        return all;
    }
}

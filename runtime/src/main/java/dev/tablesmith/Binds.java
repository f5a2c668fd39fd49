package dev.tablesmith;

import java.util.Map;
import java.util.Set;

/** The databases a {@link Database} is configured with, by bind name; the default one under {@code ""}. */
final class Binds {
    /** The name of the default database among the binds ({@link Database#DEFAULT_BIND}). */
    static final String DEFAULT = "";

    private final Map<String, Bind> byName;

    Binds(Map<String, Bind> byName) {
        this.byName = Map.copyOf(byName);
    }

    /**
     * The bind named {@code name}.
     *
     * @throws ConfigurationException naming the configured binds when there is none of that name
     */
    Bind get(String name) {
        Bind bind = byName.get(name);
        if (bind == null) {
            throw unknown(name);
        }
        return bind;
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    Map<String, Bind> all() {
        return byName;
    }

    private ConfigurationException unknown(String name) {
        Set<String> names = byName.keySet();
        return new ConfigurationException("Unknown bind '" + name + "': configure it with "
                + "Database.builder().bind(\"" + name + "\", url). Configured binds: " + names);
    }
}

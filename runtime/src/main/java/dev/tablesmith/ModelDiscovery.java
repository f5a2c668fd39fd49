package dev.tablesmith;

import dev.tablesmith.generated.TableProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds the models on the class path: the {@link TableProvider}s the processor registers. Application servers and
 * frameworks run application code under several class loaders at once (Spring Boot's executable jar and devtools'
 * restart loader, an embedded server's threads), and the thread's context class loader may see a service file
 * without seeing the classes it names. So every loader given is asked, a provider one loader cannot load is loaded
 * through the others, and only a provider none can load is an error, naming it and the loaders tried.
 */
final class ModelDiscovery {
    private static final String SERVICE_FILE = "META-INF/services/" + TableProvider.class.getName();

    private ModelDiscovery() {
    }

    /** The tables of every provider visible to {@code loaders}, each once, in the order they were found. */
    static List<ModelTable<?>> tables(List<ClassLoader> loaders) {
        Map<String, ModelTable<?>> byProvider = new LinkedHashMap<>();
        Set<String> unloaded = new LinkedHashSet<>();
        for (ClassLoader loader : loaders) {
            Iterator<TableProvider> providers = ServiceLoader.load(TableProvider.class, loader).iterator();
            while (true) {
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    TableProvider provider = providers.next();
                    byProvider.putIfAbsent(provider.getClass().getName(), provider.table());
                } catch (ServiceConfigurationError e) {
                    // This loader lists a provider it cannot load; another may: retried below by name.
                }
            }
            unloaded.addAll(listed(loader));
        }
        unloaded.removeAll(byProvider.keySet());
        for (String name : unloaded) {
            byProvider.put(name, load(name, loaders));
        }
        return new ArrayList<>(byProvider.values());
    }

    /** The provider class names {@code loader}'s service files list. */
    private static Set<String> listed(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        String name = line.replaceFirst("#.*", "").strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + SERVICE_FILE + " through " + loader + ": "
                    + e.getMessage(), e);
        }
        return names;
    }

    private static ModelTable<?> load(String provider, List<ClassLoader> loaders) {
        List<String> failures = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            try {
                Class<?> type = Class.forName(provider, true, loader);
                return ((TableProvider) type.getConstructor().newInstance()).table();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                failures.add(loader + ": " + e);
            }
        }
        throw new ConfigurationException("The model registration " + provider + " is listed in " + SERVICE_FILE
                + " but no class loader can load it; tried " + failures + ". Pass the class loader that loads the "
                + "application's classes with Database.builder().classLoader(...), or the tables with "
                + "Database.builder().models(...)");
    }
}

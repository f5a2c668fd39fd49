package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks that a named module registers the providers generated for its models. {@code ServiceLoader} ignores
 * {@code META-INF/services} in a named module, so on the module path {@code Database.createAll()} would find none of
 * its models unless its {@code module-info.java} says {@code provides dev.tablesmith.generated.TableProvider with
 * ...;}. Each module missing a provider gets one error, on its declaration, that quotes the directive to write: all
 * its providers, those it already lists included, sorted. Models compiled outside a named module (the class path)
 * are found through the service file alone. Its {@code requires dev.tablesmith} and {@code uses} are the
 * application's to choose.
 */
final class ModuleProviders {
    static final String SERVICE = "dev.tablesmith.generated.TableProvider";

    private final Elements elements;
    private final ErrorReporter errors;

    ModuleProviders(Elements elements, ErrorReporter errors) {
        this.elements = elements;
        this.errors = errors;
    }

    /** Checks the modules of {@code models}, once every provider has been generated (in the last round). */
    void check(List<ModelDescriptor> models) {
        Map<String, Set<String>> providersByModule = new TreeMap<>();
        for (ModelDescriptor model : models) {
            ModuleElement module = elements.getModuleOf(model.element());
            if (module != null && !module.isUnnamed()) {
                providersByModule.computeIfAbsent(module.getQualifiedName().toString(), m -> new TreeSet<>())
                        .add(model.providerClass().canonicalName());
            }
        }
        providersByModule.forEach(this::check);
    }

    private void check(String moduleName, Set<String> generated) {
        // Looked up again: the models' elements come from earlier rounds.
        ModuleElement module = elements.getModuleElement(moduleName);
        if (module == null) {
            return;
        }
        List<ModuleElement.ProvidesDirective> directives = new ArrayList<>();
        Set<String> provided = new TreeSet<>();
        for (ModuleElement.ProvidesDirective provides : ElementFilter.providesIn(module.getDirectives())) {
            if (provides.getService().getQualifiedName().contentEquals(SERVICE)) {
                directives.add(provides);
                for (TypeElement implementation : provides.getImplementations()) {
                    provided.add(implementation.getQualifiedName().toString());
                }
            }
        }
        Set<String> missing = new TreeSet<>(generated);
        missing.removeAll(provided);
        if (missing.isEmpty()) {
            return;
        }
        Set<String> all = new TreeSet<>(provided);
        all.addAll(generated);
        errors.error(module, Message.MODULE_PROVIDES, moduleName, String.join(", ", missing),
                directives.isEmpty() ? "add this directive to its module-info.java"
                        : "replace its provides " + SERVICE + " directive with this one",
                "provides " + SERVICE + " with " + String.join(", ", all) + ";");
    }
}

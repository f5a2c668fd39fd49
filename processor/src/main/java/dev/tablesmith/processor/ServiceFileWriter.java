package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/dev.tablesmith.generated.TableProvider}, listing every generated table's provider so
 * that {@code Database.createAll()} finds each model on the class path.
 */
final class ServiceFileWriter {
    static final String PATH = "META-INF/services/dev.tablesmith.generated.TableProvider";

    private ServiceFileWriter() {
    }

    /** Writes the sorted provider names (binary names, {@code pkg.XTable$Provider}) of {@code models}, if any. */
    static void write(Filer filer, List<ModelDescriptor> models, ErrorReporter errors) {
        if (models.isEmpty()) {
            return;
        }
        Set<String> providers = new TreeSet<>();
        models.forEach(model -> providers.add(model.providerClass().reflectionName()));
        Element[] origins = models.stream().map(ModelDescriptor::element).toArray(Element[]::new);
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, origins);
            try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String provider : providers) {
                    writer.write(provider);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            errors.error(Message.SERVICE_FILE, PATH, "Database.createAll() finds the models", e.getMessage());
        }
    }
}

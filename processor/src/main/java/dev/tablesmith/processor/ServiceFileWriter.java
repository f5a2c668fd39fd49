package dev.tablesmith.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    /** Writes the sorted provider names (binary names, {@code pkg.XTable$Provider}). */
    static void write(Filer filer, Set<String> providers, Element[] originatingElements) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, originatingElements);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String provider : new TreeSet<>(providers)) {
                writer.write(provider);
                writer.write('\n');
            }
        }
    }
}

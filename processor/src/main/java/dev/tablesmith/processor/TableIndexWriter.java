package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes one class-path resource per table of the compilation's models, {@code tablesmith/this/tables/<table>},
 * listing the models that map it, so that a later compilation with this one's classes on its class path finds the
 * model behind a table its {@code @Query} names ({@link ClassPathModels}). One file per table rather than one per
 * compilation: {@code Filer.getResource} returns only the first file of a path on the class path, so a fixed name
 * would let one jar hide the tables of every other.
 *
 * <p>Not under {@code META-INF}: javac looks into a jar only through directories named like Java identifiers or
 * keywords, so it never finds a resource there. The keyword {@code this} in the path keeps the directory from being a
 * legal package name, so that neither the module system nor the {@code jar} tool counts it as a package of the
 * module, which two modules would then split.
 */
final class TableIndexWriter {
    static final String DIRECTORY = "tablesmith/this/tables/";

    private TableIndexWriter() {
    }

    /**
     * The resource path of {@code table}. A file name keeps {@code a-z}, digits and {@code _}; every other character
     * becomes {@code -} and its four hex digits, so that {@code Member} and {@code member} stay two files on a file
     * system that ignores case, and no table name can reach outside the directory.
     */
    static String path(String table) {
        StringBuilder name = new StringBuilder(DIRECTORY);
        for (char c : table.toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
                name.append(c);
            } else {
                name.append('-').append(String.format(Locale.ROOT, "%04x", (int) c));
            }
        }
        return name.toString();
    }

    /**
     * Writes the index of {@code models}: per table, the canonical names of its models, sorted, one a line (several
     * when models of different binds share a table name). Each file's originating elements are its models.
     */
    static void write(Filer filer, List<ModelDescriptor> models, ErrorReporter errors) {
        Map<String, TreeMap<String, Element>> byTable = new TreeMap<>();
        for (ModelDescriptor model : models) {
            byTable.computeIfAbsent(model.table(), t -> new TreeMap<>()).put(model.modelClass().canonicalName(),
                    model.element());
        }
        for (var table : byTable.entrySet()) {
            String path = path(table.getKey());
            try {
                FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
                        table.getValue().values().toArray(Element[]::new));
                try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                    for (String model : new TreeSet<>(table.getValue().keySet())) {
                        writer.write(model);
                        writer.write('\n');
                    }
                }
            } catch (IOException e) {
                errors.error(Message.SERVICE_FILE, path, "the @Queries of other modules find the models of this one",
                        e.getMessage());
            }
        }
    }
}

package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;

/**
 * Writes each valid model's {@code XTable} ({@link TableWriter}) and {@code XDao} ({@link DaoWriter}) through
 * the Filer of the processor that runs it ({@link TablesmithSourcesProcessor}), and remembers the models it wrote,
 * so that a model whose sources could not be written is left out of the registry and the schema.
 */
final class GeneratedSources {
    private final Filer filer;
    private final ErrorReporter errors;
    private final List<ModelDescriptor> written = new ArrayList<>();

    GeneratedSources(Filer filer, ErrorReporter errors) {
        this.filer = filer;
        this.errors = errors;
    }

    void write(ModelDescriptor model) throws IOException {
        try {
            TableWriter.write(model).writeTo(filer);
            DaoWriter.write(model).writeTo(filer);
        } catch (FilerException e) {
            // javac's Filer refuses to create a type that a source of this compilation declares: the user's own
            // UserDao next to @Model User. That is the user's to fix, not an internal error.
            errors.error(model.element(), Message.GENERATED_NAME_TAKEN, model.modelClass().simpleName(),
                    model.tableClass().simpleName(), model.daoClass().simpleName(), e.getMessage());
            return;
        }
        written.add(model);
    }

    /** Whether {@code model}'s sources were written; not when its names were taken or writing failed. */
    boolean wrote(ModelDescriptor model) {
        return written.stream().anyMatch(m -> m == model);
    }
}

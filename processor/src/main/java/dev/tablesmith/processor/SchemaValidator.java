package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks what no single model can: two models of one compilation mapping the same table in the same bind, or
 * generating the same class names.
 */
final class SchemaValidator {
    private SchemaValidator() {
    }

    /** The models that are valid together; reports each clash on the later model, which is dropped. */
    static List<ModelDescriptor> validate(List<ModelDescriptor> models, ErrorReporter errors) {
        Map<String, ModelDescriptor> tables = new HashMap<>();
        Map<String, ModelDescriptor> generatedClasses = new HashMap<>();
        List<ModelDescriptor> valid = new ArrayList<>();
        for (ModelDescriptor model : models) {
            String key = model.bind() + '\0' + model.table().toLowerCase(Locale.ROOT);
            ModelDescriptor previous = tables.putIfAbsent(key, model);
            if (previous != null) {
                errors.error(model.element(), Message.DUPLICATE_TABLE, model.table(),
                        model.bind().isEmpty() ? "the default database" : "bind '" + model.bind() + "'",
                        previous.modelClass().canonicalName(), model.modelClass().canonicalName());
                continue;
            }
            ModelDescriptor sameClass = generatedClasses.putIfAbsent(model.tableClass().canonicalName(), model);
            if (sameClass != null) {
                errors.error(model.element(), Message.MODEL_KIND, "a second class named", model.modelClass()
                        .simpleName() + " in package " + model.modelClass().packageName()
                        + " (its generated " + model.tableClass().simpleName() + " would clash with "
                        + sameClass.modelClass().canonicalName() + "'s)");
                continue;
            }
            valid.add(model);
        }
        return valid;
    }
}

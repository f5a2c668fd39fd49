package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks what no single model can: two models of one compilation mapping the same table in the same bind,
 * generating the same class names, naming two keys or indexes alike ({@link SchemaNames}), or referencing a model
 * that has errors.
 */
final class SchemaValidator {
    private SchemaValidator() {
    }

    /**
     * The models that are valid together, also with the models {@code earlier} rounds accepted; reports each clash
     * on the later model, which is dropped, and drops (with an error on the reference) every model that references
     * a dropped model or a model with errors, whose table class would not exist.
     */
    static List<ModelDescriptor> validate(List<ModelDescriptor> models, Set<String> invalidModels,
            List<ModelDescriptor> earlier, ErrorReporter errors) {
        Set<String> dropped = new HashSet<>(invalidModels);
        List<ModelDescriptor> valid = SchemaNames.check(earlier, uniqueTables(models, errors, dropped), errors,
                dropped);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var iterator = valid.iterator(); iterator.hasNext();) {
                ModelDescriptor model = iterator.next();
                for (ColumnDescriptor column : model.columns()) {
                    var reference = column.reference();
                    if (reference != null && dropped.contains(reference.targetModel().canonicalName())) {
                        errors.error(column.element(), reference.annotation(), Message.REFERENCE_INVALID,
                                column.property(), reference.targetModel().simpleName(),
                                reference.targetModel().simpleName());
                        dropped.add(model.modelClass().canonicalName());
                        iterator.remove();
                        changed = true;
                        break;
                    }
                }
            }
        }
        return valid;
    }

    private static List<ModelDescriptor> uniqueTables(List<ModelDescriptor> models, ErrorReporter errors,
            Set<String> dropped) {
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
                dropped.add(model.modelClass().canonicalName());
                continue;
            }
            ModelDescriptor sameClass = generatedClasses.putIfAbsent(model.tableClass().canonicalName(), model);
            if (sameClass != null) {
                errors.error(model.element(), Message.GENERATED_CLASS_CLASH, sameClass.modelClass().canonicalName(),
                        model.modelClass().canonicalName(), model.tableClass().canonicalName(),
                        model.daoClass().canonicalName());
                dropped.add(model.modelClass().canonicalName());
                continue;
            }
            valid.add(model);
        }
        return valid;
    }
}

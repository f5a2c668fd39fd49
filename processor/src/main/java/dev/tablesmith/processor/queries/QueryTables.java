package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.processor.ClassPathModels;
import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.schema.CompileTimeTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.jooq.Table;

/**
 * The models and tables queries resolve against: those of the compilation, and those of other modules that a jar or
 * class folder on the class path lists ({@link ClassPathModels}), taken in the first time a query names their table
 * or returns their model, and then resolved exactly like the compilation's own. A table that both the compilation
 * and the class path map is an error on the query that names it: it cannot tell which one the SQL means.
 */
final class QueryTables {
    private final ErrorReporter errors;
    private final ClassPathModels classPath;
    private final List<ModelDescriptor> models = new ArrayList<>();
    private final Map<ClassName, ModelDescriptor> byClass = new HashMap<>();
    private final Map<ClassName, CompileTimeTable> tablesByModel = new HashMap<>();
    private final Map<String, Table<?>> tables = new LinkedHashMap<>();
    /** The tables of the compilation's own models. */
    private final Set<String> local = new HashSet<>();
    /** The compilation's own models. */
    private final List<ModelDescriptor> compiled;

    QueryTables(ErrorReporter errors, List<ModelDescriptor> compiled, ClassPathModels classPath) {
        this.errors = errors;
        this.classPath = classPath;
        this.compiled = List.copyOf(compiled);
        for (ModelDescriptor model : compiled) {
            add(model);
            local.add(model.table());
        }
    }

    /** Where an error about a query's tables is reported: the method's annotation, and its SQL when it has one. */
    record Site(ExecutableElement element, AnnotationMirror annotation, AnnotationValue value, String describe) {

        String annotationName() {
            return "@" + annotation.getAnnotationType().asElement().getSimpleName();
        }
    }

    /** What looking a table or model up on the class path came to. */
    enum Outcome {
        /** Found and taken in: it resolves from now on. */
        FOUND,
        /** Not there. */
        ABSENT,
        /** There, but unusable; an error on the query says why. */
        REPORTED
    }

    /** The models of this compilation, without those of other modules. */
    List<ModelDescriptor> compiled() {
        return compiled;
    }

    /** Every model so far, the compilation's first; grows as queries name tables of other modules. */
    List<ModelDescriptor> models() {
        return Collections.unmodifiableList(models);
    }

    /** The jOOQ table of each table name so far. */
    Map<String, Table<?>> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The type named {@code name}, such as a model's converter or embedded type; null when none is known. */
    TypeElement type(ClassName name) {
        return classPath.type(name.canonicalName());
    }

    /** The model of this compilation that {@code type} is, else of another module; empty if none. */
    Optional<ModelDescriptor> model(TypeElement type) {
        return Optional.ofNullable(byClass.get(ClassName.get(type)));
    }

    /**
     * Takes in {@code type} when it is a model of another module that a query returns; reports on {@code site} when
     * the compilation maps its table too, or it cannot be read.
     */
    Outcome adopt(Site site, TypeElement type) {
        if (byClass.containsKey(ClassName.get(type))) {
            return Outcome.FOUND;
        }
        Optional<ClassPathModels.Listing> listing = classPath.listingOf(type);
        if (listing.isEmpty()) {
            return Outcome.ABSENT;
        }
        String table = listing.get().table();
        Optional<ModelDescriptor> ours = models.stream().filter(m -> local.contains(table) && m.table().equals(table))
                .findFirst();
        if (ours.isPresent()) {
            duplicate(site, listing.get(), ours.get().modelClass().canonicalName());
            return Outcome.REPORTED;
        }
        return adopt(site, listing.get());
    }

    /** Takes in the models that map {@code table} in another module, for a query that names it. */
    Outcome adopt(Site site, String table) {
        return classPath.listing(table).map(listing -> adopt(site, listing)).orElse(Outcome.ABSENT);
    }

    private Outcome adopt(Site site, ClassPathModels.Listing listing) {
        ClassPathModels.Listing other = listing.other();
        if (other != null) {
            errors.error(site.element(), site.annotation(), site.value(), Message.QUERY_TABLE_IN_TWO_MODULES,
                    site.annotationName(), site.describe(), listing.table(), String.join(", ", listing.models()),
                    listing.location(), String.join(", ", other.models()), other.location());
            return Outcome.REPORTED;
        }
        List<ModelDescriptor> read = new ArrayList<>();
        for (String name : listing.models()) {
            ClassPathModels.Read one = classPath.read(listing, name);
            if (one.model() == null) {
                errors.error(site.element(), site.annotation(), site.value(), Message.QUERY_CLASS_PATH_MODEL,
                        site.annotationName(), site.describe(), name, listing.table(), listing.location(),
                        one.problem());
                return Outcome.REPORTED;
            }
            read.add(one.model());
        }
        for (ModelDescriptor model : read) {
            if (!byClass.containsKey(model.modelClass())) {
                add(model);
            }
        }
        return Outcome.FOUND;
    }

    /**
     * Whether no table of the compilation among {@code named}, the models a query names, is mapped on the class
     * path as well; reports each one that is on {@code site}.
     */
    boolean unique(Site site, List<ModelDescriptor> named) {
        boolean unique = true;
        for (ModelDescriptor model : named) {
            if (!local.contains(model.table())) {
                continue;
            }
            Optional<ClassPathModels.Listing> listing = classPath.listing(model.table());
            if (listing.isPresent() && !listing.get().models().contains(model.modelClass().canonicalName())) {
                duplicate(site, listing.get(), model.modelClass().canonicalName());
                unique = false;
            }
        }
        return unique;
    }

    private void duplicate(Site site, ClassPathModels.Listing listing, String ours) {
        errors.error(site.element(), site.annotation(), site.value(), Message.QUERY_DUPLICATE_TABLE,
                site.annotationName(), site.describe(), listing.table(), ours, String.join(", ", listing.models()),
                listing.location());
    }

    private void add(ModelDescriptor model) {
        models.add(model);
        byClass.put(model.modelClass(), model);
        CompileTimeTable table = new CompileTimeTable(model, tablesByModel);
        tablesByModel.put(model.modelClass(), table);
        tables.putIfAbsent(model.table(), table);
    }
}

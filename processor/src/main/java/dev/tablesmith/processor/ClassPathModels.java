package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The models of other modules: those a jar or class folder lists in its table index (written by
 * {@link TableIndexWriter} when it was compiled), on the class path, or, for a compilation with a
 * {@code module-info.java}, in a module on the module path. A listed model is read from its class file with the same
 * {@link ModelReader} as a source model (its annotations have CLASS retention, so they are in the class file), into
 * a {@link ModelDescriptor} that queries resolve against as they do against a model of the compilation. Problems
 * are returned as text rather than reported, since their elements belong to another module: the caller reports
 * them on the element that needed the model.
 */
public final class ClassPathModels {
    private final Filer filer;
    private final Elements elements;
    private final ModelReader reader;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Optional<Listing>> listings = new HashMap<>();
    private final Map<String, Read> reads = new HashMap<>();
    private List<String> modulePathModules;
    /** The module whose queries are being compiled; null until {@link #readFrom} is told. */
    private ModuleElement querying;

    public ClassPathModels(ProcessingEnvironment env) {
        this.filer = env.getFiler();
        this.elements = env.getElementUtils();
        // Warnings were the other module's to see when it compiled; only its errors matter here.
        this.reader = new ModelReader(elements, env.getTypeUtils(), new ErrorReporter(new Capture()), false);
    }

    /**
     * Looks up tables from now on for the queries of {@code element}: on the module path, only in the modules its
     * module reads, since the generated code could not use another's classes.
     */
    public void readFrom(Element element) {
        ModuleElement module = elements.getModuleOf(element);
        if (module != null && !module.equals(querying)) {
            querying = module;
            modulePathModules = null;
            listings.clear();
            reads.clear();
        }
    }

    /** The type of that canonical name, in the compilation or on the class path; null when there is none. */
    public javax.lang.model.element.TypeElement type(String canonicalName) {
        return elements.getTypeElement(canonicalName);
    }

    /**
     * The models another module lists for one table.
     *
     * @param table    the table name
     * @param models   canonical names of the models that map it there, one per bind
     * @param location where they are listed, as a user finds it: the jar or class folder and "on the class path"
     *                 (the first entry that lists the table), or the module and its jar "on the module path"
     * @param other    another module on the module path that lists the table too, which makes it ambiguous; null
     *                 when there is none
     */
    public record Listing(String table, List<String> models, String location, Listing other) {
    }

    /**
     * A listed model as read: {@code model}, or the {@code problem} that keeps it from being one.
     *
     * @param name    the model's canonical name
     * @param model   the model, when it could be read
     * @param problem why it could not, otherwise
     */
    public record Read(String name, ModelDescriptor model, String problem) {
    }

    /**
     * The listing of {@code table} on the class path, if a jar or class folder other than this compilation's own
     * output has one. The own output is skipped: what it holds was written by an earlier build of this very module,
     * whose models this compilation reads from source.
     */
    public Optional<Listing> listing(String table) {
        Optional<Listing> cached = listings.get(table);
        if (cached == null) {
            cached = find(table);
            listings.put(table, cached);
        }
        return cached;
    }

    /** The listing that names {@code type}, when {@code type} is a {@code @Model} of another module. */
    public Optional<Listing> listingOf(TypeElement type) {
        if (Annotations.mirror(type, ModelReader.MODEL).isEmpty() || ModelBinds.isBase(type)) {
            return Optional.empty();
        }
        String name = type.getQualifiedName().toString();
        return listing(Names.table(type)).filter(l -> l.models().contains(name));
    }

    /** Reads the listed model {@code name} of {@code listing}. */
    public Read read(Listing listing, String name) {
        return reads.computeIfAbsent(name, n -> readNow(listing, n));
    }

    private Read readNow(Listing listing, String name) {
        TypeElement type = elements.getTypeElement(name);
        if (type == null) {
            return new Read(name, null, "its class " + name + " is not visible to this compilation");
        }
        if (Annotations.mirror(type, ModelReader.MODEL).isEmpty()) {
            return new Read(name, null, name + " is no @Model");
        }
        Optional<String> unresolved = UnresolvedTypes.find(type).map(UnresolvedTypes.Unresolved::where);
        if (unresolved.isPresent()) {
            return new Read(name, null, "it mentions " + unresolved.get() + ", which is not visible to this compilation");
        }
        problems.clear();
        Optional<ModelDescriptor> model;
        try {
            model = reader.read(type);
        } catch (RuntimeException | LinkageError e) {
            return new Read(name, null, "reading it failed: " + e);
        }
        if (model.isEmpty()) {
            return new Read(name, null, String.join("; ", problems)); // NO_PARAMETER_NAMES says what to do
        }
        if (!model.get().table().equals(listing.table())) {
            return new Read(name, null, "it maps table \"" + model.get().table() + "\" now, so the listing is "
                    + "stale; rebuild that module");
        }
        if (elements.getTypeElement(model.get().tableClass().canonicalName()) == null) {
            return new Read(name, null, "its generated " + model.get().tableClass().simpleName()
                    + " is not visible to this compilation");
        }
        return new Read(name, model.get(), null);
    }

    private Optional<Listing> find(String table) {
        String path = TableIndexWriter.path(table);
        Optional<Listing> onClassPath = open(StandardLocation.CLASS_PATH, "", path)
                .filter(file -> !isOwnOutput(path, file.toUri()))
                .flatMap(file -> listing(table, file, location(file.toUri(), path) + " on the class path"));
        return onClassPath.isPresent() ? onClassPath : onModulePath(table, path);
    }

    /**
     * The listing of {@code table} in the modules on the module path, in the order of their names; with the next
     * module that lists it too as {@link Listing#other()}.
     */
    private Optional<Listing> onModulePath(String table, String path) {
        List<Listing> found = new ArrayList<>();
        for (String module : modulePathModules()) {
            open(StandardLocation.MODULE_PATH, module + "/", path)
                    .flatMap(file -> listing(table, file, "module " + module + " (" + location(file.toUri(), path)
                            + ") on the module path"))
                    .ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Listing first = found.get(0);
        return Optional.of(found.size() == 1 ? first
                : new Listing(table, first.models(), first.location(), found.get(1)));
    }

    /**
     * The modules the querying module reads, those on the module path among them, by name: the ones it requires, and
     * the ones they require transitively, followed through. Not the platform's ({@code java.}, {@code jdk.}). Empty
     * for a compilation without modules, whose dependencies are on the class path.
     */
    private List<String> modulePathModules() {
        if (modulePathModules == null) {
            Set<String> read = new TreeSet<>();
            if (querying != null && !querying.isUnnamed()) {
                Deque<ModuleElement> required = new ArrayDeque<>(requires(querying, false));
                while (!required.isEmpty()) {
                    ModuleElement module = required.pop();
                    if (read.add(module.getQualifiedName().toString())) {
                        required.addAll(requires(module, true));
                    }
                }
            }
            read.removeIf(name -> name.startsWith("java.") || name.startsWith("jdk."));
            modulePathModules = List.copyOf(read);
        }
        return modulePathModules;
    }

    /** The modules {@code module} requires; only those it requires transitively when {@code transitiveOnly}. */
    private static List<ModuleElement> requires(ModuleElement module, boolean transitiveOnly) {
        return ElementFilter.requiresIn(module.getDirectives()).stream()
                .filter(directive -> !transitiveOnly || directive.isTransitive())
                .map(ModuleElement.RequiresDirective::getDependency)
                .toList();
    }

    /** The resource {@code path} of {@code location}, if it has one. */
    private Optional<FileObject> open(StandardLocation location, String moduleAndPackage, String path) {
        try {
            return Optional.of(filer.getResource(location, moduleAndPackage, path));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not listed: javac's Filer throws FileNotFoundException
        } catch (NullPointerException e) {
            return Optional.empty(); // javac's Filer, asked for a module that is not on the module path
        }
    }

    private static Optional<Listing> listing(String table, FileObject file, String location) {
        List<String> models = new ArrayList<>();
        try (InputStream in = file.openInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    models.add(line.strip());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(new Listing(table, List.copyOf(models), location,
                null));
    }

    private boolean isOwnOutput(String path, URI found) {
        try {
            return filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).toUri().equals(found);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The jar or folder a resource is in, as a path where it is a file: what a user recognises in a message. */
    private static String location(URI uri, String path) {
        String text = uri.toString();
        int at = text.lastIndexOf(path);
        if (at > 0) {
            text = text.substring(0, at);
        }
        if (text.endsWith("!/")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.startsWith("jar:")) {
            text = text.substring("jar:".length());
        }
        try {
            return Path.of(URI.create(text)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return text;
        }
    }

    /** Collects the errors of reading a model of another module, which the caller reports where it needs them. */
    private final class Capture implements Messager {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message) {
            if (kind == Diagnostic.Kind.ERROR) {
                problems.add(message.toString());
            }
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
            printMessage(kind, message);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
                AnnotationMirror annotation) {
            printMessage(kind, message);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
                AnnotationMirror annotation, AnnotationValue value) {
            printMessage(kind, message);
        }
    }
}

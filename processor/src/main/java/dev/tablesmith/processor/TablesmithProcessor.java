package dev.tablesmith.processor;

import com.google.auto.service.AutoService;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads every {@code @Model}, validates it, and generates its {@code XTable} and {@code XDao}; at the end writes the
 * service registration. It only wires the stages together: {@link ModelReader} (elements to descriptors, with
 * per-model checks), {@link SchemaValidator} (checks across models), {@link TableWriter}, {@link DaoWriter} and
 * {@link ServiceFileWriter}. A model that mentions a type javac has not resolved waits for a later round
 * ({@link DeferredModels}). A model with errors generates nothing; the others still do. An unexpected exception
 * becomes an error on the model being processed — javac never crashes because of the processor.
 */
@AutoService(Processor.class)
public final class TablesmithProcessor extends AbstractProcessor {
    /** Provider binary names, by model, collected over all rounds. */
    private final Map<String, Element> providers = new LinkedHashMap<>();
    /** The models generated over all rounds, for the schema stage at the end. */
    private final List<ModelDescriptor> generated = new ArrayList<>();
    /** Models waiting for a type that did not resolve yet, over all rounds. */
    private final DeferredModels deferred = new DeferredModels();
    /** Every error of the compilation, over all rounds; created in {@link #init}. */
    private ErrorReporter errors;
    private final JooqVersionCheck jooqVersion = new JooqVersionCheck();

    /** {@code -Atablesmith.quotedNameWarnings=false} silences the warnings for reserved-word names. */
    static final String QUOTED_NAME_WARNINGS = "tablesmith.quotedNameWarnings";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // All of Tablesmith's annotations, and the @Generated on the files it writes, so that users compiling with
        // -Xlint:all -Werror get no "no processor claimed" warning for them.
        return Set.of("dev.tablesmith.*", GeneratedFiles.GENERATED.canonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> options = new java.util.TreeSet<>(SchemaOutput.options());
        options.add(QUOTED_NAME_WARNINGS);
        return options;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        errors = new ErrorReporter(processingEnv.getMessager());
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!jooqVersion.passes(processingEnv)) {
            return true; // generated code would not compile against this jOOQ; the error says what to change
        }
        if (round.processingOver()) {
            deferred.reportRemaining(processingEnv.getElementUtils(), errors);
            writeServiceFile();
            writeSchema();
            return true;
        }
        boolean quotedNameWarnings = !"false".equalsIgnoreCase(processingEnv.getOptions().get(QUOTED_NAME_WARNINGS));
        ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), errors,
                quotedNameWarnings);
        List<ModelDescriptor> models = new ArrayList<>();
        Set<String> invalid = new java.util.HashSet<>();
        for (TypeElement type : deferred.candidates(round.getElementsAnnotatedWith(processingEnv.getElementUtils()
                .getTypeElement(ModelReader.MODEL)), processingEnv.getElementUtils())) {
            if (ModelBinds.isBase(type)) {
                guarded(type, () -> ModelBinds.checkBase(type, errors)); // its subclasses read its columns
            } else if (!deferred.deferIfUnresolved(type)) {
                guarded(type, () -> reader.read(type).ifPresentOrElse(models::add,
                        () -> invalid.add(type.getQualifiedName().toString())));
            }
        }
        for (ModelDescriptor model : SchemaValidator.validate(deferred.ready(models), invalid, errors)) {
            guarded(model.element(), () -> generate(model));
        }
        return true;
    }

    private void generate(ModelDescriptor model) throws IOException {
        try {
            TableWriter.write(model).writeTo(processingEnv.getFiler());
            DaoWriter.write(model).writeTo(processingEnv.getFiler());
        } catch (FilerException e) {
            // javac's Filer refuses to create a type that a source of this compilation declares: the user's own
            // UserDao next to @Model User. That is the user's to fix, not an internal error.
            errors.error(model.element(), Message.GENERATED_NAME_TAKEN, model.modelClass().simpleName(),
                    model.tableClass().simpleName(), model.daoClass().simpleName(), e.getMessage());
            return;
        }
        providers.put(model.tableClass().reflectionName() + "$Provider", model.element());
        generated.add(model);
    }

    /**
     * The schema stage, once every model is known. Skipped after any error of the compilation, whichever stage
     * reported it: a model that was dropped (by its own checks, by a check across models, or by an unexpected
     * exception) is missing from {@code generated}, and a schema derived without it would propose dropping its
     * table.
     */
    private void writeSchema() {
        if (generated.isEmpty() || errors.errorCount() > 0) {
            return;
        }
        try {
            new SchemaOutput(processingEnv, errors).write(generated);
        } catch (IOException e) {
            // A file the build cannot read or write (a schema directory that is a file, a read-only checkout, a full
            // disk) is the build's to fix; the exception names the file.
            errors.error(Message.SCHEMA_FILES, e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.error(Message.INTERNAL_ERROR, "the schema", trace);
        }
    }

    private void writeServiceFile() {
        if (providers.isEmpty()) {
            return;
        }
        try {
            ServiceFileWriter.write(processingEnv.getFiler(), providers.keySet(),
                    providers.values().toArray(new Element[0]));
        } catch (IOException e) {
            errors.error(Message.SERVICE_FILE, ServiceFileWriter.PATH, e.getMessage());
        }
    }

    private void guarded(Element element, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.error(element, Message.INTERNAL_ERROR, element, trace);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}

package dev.tablesmith.processor;

import com.google.auto.service.AutoService;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.queries.QueriesStage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Wires the stages together. In each round: {@link ModelReader} reads every {@code @Model} into a
 * {@link ModelDescriptor} with every name resolved (a model that mentions a type javac has not resolved waits for
 * a later round, {@link DeferredModels}), {@link SchemaValidator} checks across models, and
 * {@link GeneratedSources} writes each valid model's {@code XTable} and {@code XDao}, then {@link QueriesStage}
 * checks and writes each {@code @Queries} interface against the models written so far. In the last round:
 * {@link ServiceFileWriter} lists the providers, {@link TableIndexWriter} lists the tables for the queries of other
 * modules ({@link ClassPathModels}), {@link ModuleProviders} checks that a named module provides them,
 * and the schema stage runs: {@link SchemaRenderer}, {@link SchemaFiles}, {@link SnapshotCheck} and
 * {@link MigrationWriter}. The options are parsed once ({@link ProcessorOptions}) and every error is counted in
 * one {@link ErrorReporter}. A model with errors generates nothing; the others still do. An unexpected exception
 * becomes an error on the element being processed — javac never crashes because of the processor.
 */
@AutoService(Processor.class)
public final class TablesmithProcessor extends AbstractProcessor {
    /** Models waiting for a type that did not resolve yet, over all rounds. */
    private final DeferredModels deferred = new DeferredModels();
    /** Every error of the compilation, over all rounds; created in {@link #init}. */
    private ErrorReporter errors;
    /** The {@code -A} options, parsed in {@link #init}. */
    private ProcessorOptions options;
    /** The generated classes, and the models they were generated for over all rounds. */
    private GeneratedSources sources;
    /** Whether the jOOQ on the compilation's class path is one the generated code compiles against. */
    private final JooqVersionCheck jooqVersion = new JooqVersionCheck();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // All of Tablesmith's annotations, and the @Generated on the files it writes, so that users compiling with
        // -Xlint:all -Werror get no "no processor claimed" warning for them.
        return Set.of("dev.tablesmith.*", GeneratedFiles.GENERATED.canonicalName());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        errors = new ErrorReporter(processingEnv.getMessager());
        options = ProcessorOptions.parse(processingEnv.getOptions(), errors);
        sources = new GeneratedSources(processingEnv.getFiler(), errors);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!jooqVersion.passes(processingEnv)) {
            return true; // generated code would not compile against this jOOQ; the error says what to change
        }
        Elements elements = processingEnv.getElementUtils();
        if (round.processingOver()) {
            deferred.reportRemaining(elements, errors);
            ServiceFileWriter.write(processingEnv.getFiler(), sources.written(), errors);
            TableIndexWriter.write(processingEnv.getFiler(), sources.written(), errors);
            new ModuleProviders(elements, errors).check(sources.written());
            writeSchema(sources.written());
            return true;
        }
        ModelReader reader = new ModelReader(elements, processingEnv.getTypeUtils(), errors,
                options.quotedNameWarnings());
        List<ModelDescriptor> models = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        for (TypeElement type : deferred.candidates(round.getElementsAnnotatedWith(elements
                .getTypeElement(ModelReader.MODEL)), elements)) {
            if (ModelBinds.isBase(type)) {
                errors.guard(type, () -> ModelBinds.checkBase(type, errors)); // its subclasses read its columns
            } else if (!deferred.deferIfUnresolved(type)) {
                errors.guard(type, () -> reader.read(type).ifPresentOrElse(models::add,
                        () -> invalid.add(type.getQualifiedName().toString())));
            }
        }
        for (ModelDescriptor model : SchemaValidator.validate(deferred.ready(models), invalid, errors)) {
            errors.guard(model.element(), () -> sources.write(model));
        }
        QueriesStage queries = new QueriesStage(processingEnv.getFiler(), errors, new ClassPathModels(processingEnv));
        queries.checkPlacement(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.QUERY)), "Query");
        queries.checkPlacement(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.FIND)), "Find");
        queries.process(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.QUERIES)),
                sources.written());
        return true;
    }

    /**
     * The schema stage, once every model is known. Skipped after any error of the compilation, whichever stage
     * reported it: a model that was dropped (by its own checks, by a check across models, or by an unexpected
     * exception) is missing from {@code models}, and a schema derived without it would propose dropping its table.
     */
    private void writeSchema(List<ModelDescriptor> models) {
        if (models.isEmpty() || errors.errorCount() > 0) {
            return;
        }
        errors.guardSchema(() -> {
            SchemaRenderer.Schema schema = SchemaRenderer.render(models);
            SchemaFiles files = new SchemaFiles(processingEnv.getFiler());
            files.writeResources(schema, models.stream().map(ModelDescriptor::element).toArray(Element[]::new));
            if (options.schemaDir().isPresent()) {
                SnapshotCheck check = new SnapshotCheck(options, files, new MigrationWriter(files), errors);
                for (SchemaRenderer.BindSchema bind : schema.binds()) {
                    check.check(options.schemaDir().get(), bind);
                }
            }
        });
    }
}

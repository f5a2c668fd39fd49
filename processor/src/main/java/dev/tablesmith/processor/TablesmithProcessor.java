package dev.tablesmith.processor;

import com.google.auto.service.AutoService;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.queries.QueriesStage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * Writes what spans models, once every model of a round is known: each {@code @Queries} interface's implementation
 * ({@link QueriesStage}, whose SQL names tables rather than types), and in the last round the registry
 * ({@link ServiceFileWriter}), the table index for the queries of other modules ({@link TableIndexWriter},
 * {@link ClassPathModels}), the module check ({@link ModuleProviders}) and the schema stage: {@link SchemaRenderer},
 * {@link SchemaFiles}, {@link SnapshotCheck} and {@link MigrationWriter}. Its partner
 * {@link TablesmithSourcesProcessor} writes each model's {@code XTable} and {@code XDao}; the two are separate so that
 * Gradle can recompile one model's sources alone (this one is declared aggregating, that one isolating, in
 * {@code META-INF/gradle/incremental.annotation.processors}), and they share one reading of the models per round,
 * the options and one error count ({@link ModelRounds}). A model with errors generates nothing; the others still
 * do. An unexpected exception becomes an error on the element being processed — javac never crashes because of the
 * processor.
 */
@AutoService(Processor.class)
public final class TablesmithProcessor extends AbstractProcessor {
    private ModelRounds rounds;
    private ErrorReporter errors;

    /**
     * Both of Tablesmith's processors, in the order javac finds them in the jar, for a compilation that names its
     * processors rather than letting javac find them (tests, build tools' in-process compilers).
     */
    public static List<Processor> processors() {
        return List.of(new TablesmithProcessor(), new TablesmithSourcesProcessor());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Only annotations of CLASS retention: Gradle recompiles everything for an aggregating processor shown one
        // of SOURCE retention, such as the @Generated that its partner claims.
        return Set.of("dev.tablesmith.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /**
     * The {@code @Queries} interfaces not checked yet, by name (elements do not outlive their round): while a model
     * waits for a type of a later round its table is unknown, so the queries wait with it rather than report it
     * unknown.
     */
    private final Set<String> postponedQueries = new LinkedHashSet<>();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        rounds = ModelRounds.join(processingEnv, ModelRounds.AGGREGATE);
        errors = rounds.errors();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean second = rounds.ran(ModelRounds.AGGREGATE, round);
        if (!rounds.jooqPasses()) {
            // generated code would not compile against this jOOQ; the error says what to change
            if (round.processingOver()) {
                rounds.finish(ModelRounds.AGGREGATE);
            }
            return second;
        }
        Elements elements = processingEnv.getElementUtils();
        if (round.processingOver()) {
            rounds.lastRound(ModelRounds.AGGREGATE);
            List<ModelDescriptor> models = rounds.accepted();
            if (!postponedQueries.isEmpty()) { // their models never resolved; they are reported, and so are these
                queriesStage().process(postponed(elements), models);
            }
            ServiceFileWriter.write(processingEnv.getFiler(), models, errors);
            TableIndexWriter.write(processingEnv.getFiler(), models, errors);
            new ModuleProviders(elements, errors).check(models);
            writeSchema(models);
            rounds.finish(ModelRounds.AGGREGATE);
            return false;
        }
        rounds.read(round);
        QueriesStage queries = queriesStage();
        queries.checkPlacement(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.QUERY)), "Query");
        queries.checkPlacement(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.FIND)), "Find");
        List<Element> interfaces = new ArrayList<>(postponed(elements));
        interfaces.addAll(round.getElementsAnnotatedWith(elements.getTypeElement(QueriesStage.QUERIES)));
        List<Element> now = new ArrayList<>();
        for (Element type : interfaces) {
            String name = type instanceof TypeElement named ? named.getQualifiedName().toString() : "";
            if (rounds.modelsWaiting() && !name.isEmpty()) {
                postponedQueries.add(name);
            } else {
                now.add(type); // one without a name cannot be looked up later; its kind is an error anyway
            }
        }
        queries.process(now, rounds.accepted());
        // The first of the two processors leaves the annotations to the second, which javac would not show them to.
        return second;
    }

    private QueriesStage queriesStage() {
        return new QueriesStage(processingEnv.getFiler(), errors, new ClassPathModels(processingEnv));
    }

    /** The postponed {@code @Queries} interfaces, looked up again in this round; forgets them. */
    private List<TypeElement> postponed(Elements elements) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : postponedQueries) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        postponedQueries.clear();
        return types;
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
            if (rounds.options().schemaDir().isPresent()) {
                SnapshotCheck check = new SnapshotCheck(rounds.options(), files, new MigrationWriter(files), errors);
                for (SchemaRenderer.BindSchema bind : schema.binds()) {
                    check.check(rounds.options().schemaDir().get(), bind);
                }
            }
        });
    }
}

package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What the two processors of one compilation share: the options, the one error count, and the models, read and
 * checked once per round for both. {@link TablesmithSourcesProcessor} (isolating, for Gradle) writes each model's
 * sources; {@link TablesmithProcessor} (aggregating) writes what spans models. Whichever of them javac calls first
 * in a round reads that round's models ({@link ModelReader}, {@link DeferredModels}, {@link SchemaValidator}), so
 * every error is reported once and both see the same models, in either order.
 *
 * <p>The compilation is recognised by its {@link Elements}, which javac creates once per compilation and Gradle's
 * wrapped processing environments pass through unchanged; the round by its {@link RoundEnvironment}, which javac
 * hands to every processor of the round. The entry is dropped when every processor that joined has seen the last
 * round.
 */
final class ModelRounds {
    /** The isolating processor's role in {@link #join} and {@link #ran}. */
    static final String SOURCES = "dev.tablesmith.processor.TablesmithSourcesProcessor";
    /** The aggregating processor's role. */
    static final String AGGREGATE = "dev.tablesmith.processor.TablesmithProcessor";

    private static final Map<Elements, ModelRounds> COMPILATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private final ProcessingEnvironment env;
    private final ErrorReporter errors;
    private final ProcessorOptions options;
    private final JooqVersionCheck jooqVersion = new JooqVersionCheck();
    private final DeferredModels deferred = new DeferredModels();
    private final Set<String> joined = new LinkedHashSet<>();
    private final Set<String> finished = new HashSet<>();
    private final Map<String, RoundEnvironment> lastRoundOf = new HashMap<>();
    /** Every model that passed its checks so far, over all rounds, less those whose sources could not be written. */
    private final List<ModelDescriptor> accepted = new ArrayList<>();
    private RoundEnvironment readRound;
    private List<ModelDescriptor> roundModels = List.of();
    private boolean lastRoundRead;

    private ModelRounds(ProcessingEnvironment env) {
        this.env = env;
        this.errors = new ErrorReporter(env.getMessager());
        this.options = ProcessorOptions.parse(env.getOptions(), errors);
    }

    /** The shared state of {@code env}'s compilation, which the processor {@code role} joins. */
    static ModelRounds join(ProcessingEnvironment env, String role) {
        ModelRounds rounds = COMPILATIONS.computeIfAbsent(env.getElementUtils(), e -> new ModelRounds(env));
        rounds.joined.add(role);
        return rounds;
    }

    ErrorReporter errors() {
        return errors;
    }

    ProcessorOptions options() {
        return options;
    }

    /** Whether the compilation may go on with the jOOQ on its class path; reported once. */
    boolean jooqPasses() {
        return jooqVersion.passes(env);
    }

    /**
     * Records that {@code role} runs in {@code round}, and returns whether it should claim the round's annotations:
     * only the second of the two may, since javac does not show claimed annotations to a processor it calls later,
     * and Gradle records the aggregating processor's models from the annotations it is shown.
     */
    boolean ran(String role, RoundEnvironment round) {
        lastRoundOf.put(role, round);
        String partner = role.equals(SOURCES) ? AGGREGATE : SOURCES;
        return lastRoundOf.get(partner) == round;
    }

    /**
     * The models of {@code round} that passed every check, each to be generated in this round; read on the first
     * call of the round, so that either processor may come first.
     */
    List<ModelDescriptor> read(RoundEnvironment round) {
        if (round != readRound) {
            readRound = round;
            roundModels = readNow(round);
            accepted.addAll(roundModels);
        }
        return roundModels;
    }

    private List<ModelDescriptor> readNow(RoundEnvironment round) {
        Elements elements = env.getElementUtils();
        ModelReader reader = new ModelReader(elements, env.getTypeUtils(), errors, options.quotedNameWarnings());
        List<ModelDescriptor> models = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        IndexReader.checkPlacement(round.getElementsAnnotatedWithAny(elements.getTypeElement(IndexReader.INDEX),
                elements.getTypeElement(IndexReader.INDEX + ".List")), errors);
        for (TypeElement type : deferred.candidates(round.getElementsAnnotatedWith(elements
                .getTypeElement(ModelReader.MODEL)), elements)) {
            if (ModelBinds.isBase(type)) {
                errors.guard(type, () -> ModelBinds.checkBase(type, errors)); // its subclasses read its columns
            } else if (!deferred.deferIfUnresolved(type)) {
                errors.guard(type, () -> reader.read(type).ifPresentOrElse(models::add,
                        () -> invalid.add(type.getQualifiedName().toString())));
            }
        }
        return List.copyOf(SchemaValidator.validate(deferred.ready(models), invalid, accepted, errors));
    }

    /** Whether a model of the compilation waits for a type of a later round, so its table is not known yet. */
    boolean modelsWaiting() {
        return deferred.waiting();
    }

    /** Forgets {@code model}, whose sources could not be written (the error says why). */
    void reject(ModelDescriptor model) {
        accepted.removeIf(m -> m == model);
    }

    /** Every model of the compilation so far whose sources are written, or are being written in this round. */
    List<ModelDescriptor> accepted() {
        return List.copyOf(accepted);
    }

    /**
     * In the last round: reports the models still waiting for a type (once, whichever processor asks first), and
     * that {@code role}'s partner is missing when it never joined: a build that runs one of the two processors alone
     * would lack either every table and DAO or the registry and schema, so it fails rather than half-works.
     */
    void lastRound(String role) {
        if (!lastRoundRead) {
            lastRoundRead = true;
            deferred.reportRemaining(env.getElementUtils(), errors);
        }
        String partner = role.equals(SOURCES) ? AGGREGATE : SOURCES;
        if (!joined.contains(partner)) {
            errors.error(Message.PROCESSOR_MISSING, role, partner);
        }
    }

    /**
     * Ends {@code role}'s part in the compilation; the last to end drops the shared state. Only processors that ran
     * count: javac starts a processor it meets while looking for one that supports an annotation, but calls it in the
     * last round only if it ran before.
     */
    void finish(String role) {
        finished.add(role);
        if (finished.containsAll(lastRoundOf.keySet())) {
            COMPILATIONS.remove(env.getElementUtils());
        }
    }
}

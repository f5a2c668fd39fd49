package dev.tablesmith.processor;

import com.google.auto.service.AutoService;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Writes each model's own sources, {@code XTable} and {@code XDao} ({@link GeneratedSources}), each with that model
 * as its one originating element. Everything it decides for a model comes from the model's own type and the types it
 * names (its referenced, related and embedded types, its converters), so Gradle may treat it as an isolating
 * processor: when one model changes, only that model's sources are written again. What spans models (the registry,
 * the schema, the queries) is {@link TablesmithProcessor}'s; the models of a round are read once for both
 * ({@link ModelRounds}).
 */
@AutoService(Processor.class)
public final class TablesmithSourcesProcessor extends AbstractProcessor {
    private ModelRounds rounds;
    private GeneratedSources sources;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // Tablesmith's annotations (javac shows a processor no annotation another one claimed before), and the
        // @Generated on the files it writes, so that users compiling with -Xlint:all -Werror get no "no processor
        // claimed" warning for it. The aggregating processor must not take @Generated: it has SOURCE retention,
        // which makes Gradle recompile everything.
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
        rounds = ModelRounds.join(processingEnv, ModelRounds.SOURCES);
        sources = new GeneratedSources(processingEnv.getFiler(), rounds.errors());
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean second = rounds.ran(ModelRounds.SOURCES, round);
        if (round.processingOver()) {
            if (rounds.jooqPasses()) {
                rounds.lastRound(ModelRounds.SOURCES);
            }
            rounds.finish(ModelRounds.SOURCES);
            return false;
        }
        if (rounds.jooqPasses()) {
            List<ModelDescriptor> models = rounds.read(round);
            for (ModelDescriptor model : models) {
                rounds.errors().guard(model.element(), () -> sources.write(model));
            }
            models.stream().filter(model -> !sources.wrote(model)).forEach(rounds::reject);
        }
        // The first of the two processors leaves Tablesmith's annotations to the second; a round of only
        // @Generated files is this processor's alone.
        return second || annotations.stream().noneMatch(a -> a.getQualifiedName().toString()
                .startsWith("dev.tablesmith."));
    }
}

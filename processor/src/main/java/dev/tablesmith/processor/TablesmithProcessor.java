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
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reads every {@code @Model}, validates it, and generates its {@code XTable} and {@code XDao}; at the end writes the
 * service registration. It only wires the stages together: {@link ModelReader} (elements to descriptors, with
 * per-model checks), {@link SchemaValidator} (checks across models), {@link TableWriter}, {@link DaoWriter} and
 * {@link ServiceFileWriter}. A model with errors generates nothing; the others still do. An unexpected exception
 * becomes an error on the model being processed — javac never crashes because of the processor.
 */
@AutoService(Processor.class)
public final class TablesmithProcessor extends AbstractProcessor {
    /** Provider binary names, by model, collected over all rounds. */
    private final Map<String, Element> providers = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ModelReader.MODEL);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            writeServiceFile();
            return false;
        }
        ErrorReporter errors = new ErrorReporter(processingEnv.getMessager());
        ModelReader reader = new ModelReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), errors);
        List<ModelDescriptor> models = new ArrayList<>();
        for (Element element : round.getElementsAnnotatedWith(processingEnv.getElementUtils()
                .getTypeElement(ModelReader.MODEL))) {
            if (element instanceof TypeElement type) {
                guarded(type, () -> reader.read(type).ifPresent(models::add));
            }
        }
        for (ModelDescriptor model : SchemaValidator.validate(models, errors)) {
            guarded(model.element(), () -> generate(model));
        }
        return false;
    }

    private void generate(ModelDescriptor model) throws IOException {
        TableWriter.write(model).writeTo(processingEnv.getFiler());
        DaoWriter.write(model).writeTo(processingEnv.getFiler());
        providers.put(model.tableClass().reflectionName() + "$Provider", model.element());
    }

    private void writeServiceFile() {
        if (providers.isEmpty()) {
            return;
        }
        try {
            ServiceFileWriter.write(processingEnv.getFiler(), providers.keySet(),
                    providers.values().toArray(new Element[0]));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Tablesmith could not write " + ServiceFileWriter.PATH + ": " + e.getMessage());
        }
    }

    private void guarded(Element element, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL_ERROR.format(element, trace), element);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}

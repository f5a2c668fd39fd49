package dev.tablesmith.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Wraps processors the way Gradle's incremental compilation does: each gets its own processing environment whose
 * {@link Filer} records, for every file the processor creates, the top-level types of its originating elements; and
 * each round records the annotations javac showed the processor. The tests then hold the recordings to Gradle's
 * rules for isolating and aggregating processors.
 */
final class RecordingProcessors {
    /** One file a processor created: its name (a type or a resource path) and its originating top-level types. */
    record CreatedFile(String processor, String name, Set<String> origins) {
    }

    /** The annotations one processor was shown in one round. */
    record Shown(String processor, int round, Set<String> annotations) {
    }

    final List<CreatedFile> files = Collections.synchronizedList(new ArrayList<>());
    final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());

    /** {@code processors}, each wrapped so that what it creates and is shown is recorded here. */
    List<Processor> wrap(List<Processor> processors) {
        return processors.stream().<Processor>map(Recording::new).toList();
    }

    /** The files {@code processor} (its simple class name) created. */
    List<CreatedFile> filesOf(String processor) {
        return files.stream().filter(f -> f.processor().equals(processor)).toList();
    }

    private final class Recording implements Processor {
        private final Processor delegate;
        private final String name;
        private int round;

        Recording(Processor delegate) {
            this.delegate = delegate;
            this.name = delegate.getClass().getSimpleName();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public void init(ProcessingEnvironment env) {
            delegate.init(new Environment(env, new RecordingFiler(env.getFiler(), name)));
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
            Set<String> names = new TreeSet<>();
            annotations.forEach(a -> names.add(a.getQualifiedName().toString()));
            shown.add(new Shown(name, ++round, names));
            return delegate.process(annotations, roundEnv);
        }

        @Override
        public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                ExecutableElement member, String userText) {
            return delegate.getCompletions(element, annotation, member, userText);
        }
    }

    /** Like Gradle's: everything is javac's but the Filer. */
    private record Environment(ProcessingEnvironment env, Filer filer) implements ProcessingEnvironment {
        @Override
        public Map<String, String> getOptions() {
            return env.getOptions();
        }

        @Override
        public Messager getMessager() {
            return env.getMessager();
        }

        @Override
        public Filer getFiler() {
            return filer;
        }

        @Override
        public Elements getElementUtils() {
            return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return env.getLocale();
        }
    }

    private final class RecordingFiler implements Filer {
        private final Filer filer;
        private final String processor;

        RecordingFiler(Filer filer, String processor) {
            this.filer = filer;
            this.processor = processor;
        }

        private void record(CharSequence name, Element[] origins) {
            Set<String> types = new TreeSet<>();
            Arrays.stream(origins).map(RecordingProcessors::topLevel).forEach(types::add);
            files.add(new CreatedFile(processor, name.toString(), types));
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
            record(name, origins);
            return filer.createSourceFile(name, origins);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
            record(name, origins);
            return filer.createClassFile(name, origins);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
                CharSequence relativeName, Element... origins) throws IOException {
            record(relativeName, origins);
            return filer.createResource(location, pkg, relativeName, origins);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
                CharSequence relativeName) throws IOException {
            return filer.getResource(location, pkg, relativeName);
        }
    }

    /** The top-level type enclosing {@code element}, as Gradle resolves an originating element. */
    private static String topLevel(Element element) {
        Element current = element;
        while (current.getEnclosingElement() != null
                && !(current.getEnclosingElement() instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return current instanceof TypeElement type ? type.getQualifiedName().toString() : current.toString();
    }
}

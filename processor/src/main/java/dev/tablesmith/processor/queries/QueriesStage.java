package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.ClassPathModels;
import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The stage for hand-written queries: for each {@code @Queries} interface, reads its methods
 * ({@link QueryMethodReader}), checks and renders each against the models written so far and those of other
 * modules on the class path ({@link QueryTables}, {@link SqlCompiler}),
 * and — when every method passed — writes {@code XImpl} ({@link QueriesWriter}). An interface with an error
 * generates nothing; the others still do.
 */
public final class QueriesStage {
    public static final String QUERIES = "dev.tablesmith.Queries";
    public static final String QUERY = "dev.tablesmith.Query";
    public static final String FIND = "dev.tablesmith.Find";

    private final Filer filer;
    private final ErrorReporter errors;
    private final ClassPathModels classPath;

    public QueriesStage(Filer filer, ErrorReporter errors, ClassPathModels classPath) {
        this.filer = filer;
        this.errors = errors;
        this.classPath = classPath;
    }

    /**
     * Reports every {@code @Query} and {@code @Find} of {@code methods} whose type is not a {@code @Queries}
     * interface: nothing would implement it.
     */
    public void checkPlacement(Iterable<? extends Element> methods, String annotation) {
        for (Element method : methods) {
            Element owner = method.getEnclosingElement();
            if (annotation(owner, QUERIES) == null) {
                errors.error(method, Message.QUERY_OUTSIDE_QUERIES, annotation, owner.getSimpleName() + "."
                        + method.getSimpleName(), owner.getSimpleName());
            }
        }
    }

    /**
     * Checks and writes each of {@code interfaces} against {@code models}, every model of the compilation so far, and
     * against the models of other modules on the class path whose tables the queries name.
     */
    public void process(Iterable<? extends Element> interfaces, List<ModelDescriptor> models) {
        QueryTables tables = new QueryTables(errors, models, classPath);
        QueryMethodReader reader = new QueryMethodReader(errors, tables);
        SqlCompiler compiler = new SqlCompiler(errors, tables);
        for (Element element : interfaces) {
            classPath.readFrom(element);
            errors.guard(element, () -> process(element, reader, compiler));
        }
    }

    private void process(Element element, QueryMethodReader reader, SqlCompiler compiler) throws IOException {
        if (element.getKind() != ElementKind.INTERFACE || element.getModifiers().contains(Modifier.PRIVATE)
                || ((TypeElement) element).getNestingKind() == NestingKind.LOCAL
                || !((TypeElement) element).getInterfaces().isEmpty()
                || !((TypeElement) element).getTypeParameters().isEmpty()) {
            errors.error(element, Message.QUERIES_KIND, element.getKind().toString().toLowerCase(java.util.Locale.ROOT),
                    element.getSimpleName());
            return;
        }
        TypeElement type = (TypeElement) element;
        int before = errors.errorCount();
        List<CompiledQuery> compiled = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) || method.isDefault()
                    || method.getModifiers().contains(Modifier.PRIVATE)) {
                continue;
            }
            read(method, reader).flatMap(compiler::compile).ifPresent(compiled::add);
        }
        if (errors.errorCount() == before) {
            QueriesWriter.write(type, compiled).writeTo(filer);
        }
    }

    private Optional<QueryMethod> read(ExecutableElement method, QueryMethodReader reader) {
        AnnotationMirror query = annotation(method, QUERY);
        AnnotationMirror find = annotation(method, FIND);
        if (query == null && find == null) {
            errors.error(method, Message.QUERY_METHOD, method.getEnclosingElement().getSimpleName() + "."
                    + method.getSimpleName());
            return Optional.empty();
        }
        if (find != null) {
            return reader.read(method, find, null, null);
        }
        AnnotationValue sql = query.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        return reader.read(method, query, sql, (String) sql.getValue());
    }

    private static AnnotationMirror annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }
}

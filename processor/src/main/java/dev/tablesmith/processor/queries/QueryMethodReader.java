package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.SnakeCase;
import dev.tablesmith.processor.TypeMapper;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads one method of a {@code @Queries} interface from its signature: the parameters bound by name, and what its
 * return type makes of the rows ({@link QueryMethod.Shape}, {@link ResultTarget}). The SQL itself is checked later,
 * by {@link SqlCompiler}.
 */
final class QueryMethodReader {
    private static final Map<String, QueryMethod.Shape> WRAPPERS = Map.of(
            "java.util.Optional", QueryMethod.Shape.OPTIONAL,
            "java.util.List", QueryMethod.Shape.LIST,
            "java.util.stream.Stream", QueryMethod.Shape.STREAM,
            "dev.tablesmith.Page", QueryMethod.Shape.PAGE,
            "dev.tablesmith.CursoredPage", QueryMethod.Shape.CURSORED_PAGE);

    private final ErrorReporter errors;
    private final QueryTables tables;

    QueryMethodReader(ErrorReporter errors, QueryTables tables) {
        this.errors = errors;
        this.tables = tables;
    }

    /** The method, or empty after reporting why it cannot be one. */
    Optional<QueryMethod> read(ExecutableElement method, AnnotationMirror annotation, AnnotationValue sqlValue,
            String sql) {
        String name = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
        TypeMirror returned = method.getReturnType();
        QueryMethod.Shape shape = QueryMethod.Shape.ONE;
        TypeMirror element = returned;
        if (returned.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) returned;
            String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            QueryMethod.Shape wrapper = WRAPPERS.get(raw);
            if (wrapper != null) {
                if (declared.getTypeArguments().size() != 1) {
                    errors.error(method, annotation, Message.QUERY_RETURN, name, returned, "has no type argument");
                    return Optional.empty();
                }
                shape = wrapper;
                element = declared.getTypeArguments().get(0);
            }
        }
        List<? extends VariableElement> all = method.getParameters();
        int bound = all.size();
        if (shape == QueryMethod.Shape.PAGE) {
            if (all.size() < 2 || all.get(all.size() - 1).asType().getKind() != TypeKind.INT
                    || all.get(all.size() - 2).asType().getKind() != TypeKind.INT) {
                errors.error(method, annotation, Message.QUERY_PAGE_PARAMETERS, name);
                return Optional.empty();
            }
            bound -= 2;
        }
        if (shape == QueryMethod.Shape.CURSORED_PAGE) {
            if (all.size() < 2 || all.get(all.size() - 1).asType().getKind() != TypeKind.INT
                    || !all.get(all.size() - 2).asType().toString().equals("java.lang.String")) {
                errors.error(method, annotation, Message.QUERY_CURSOR_PARAMETERS, name);
                return Optional.empty();
            }
            bound -= 2;
        }
        // How each is bound is settled once the query is parsed and the columns it meets are known
        // (ParameterBindings); here, the column type of its Java type when Tablesmith maps it.
        List<QueryMethod.Parameter> parameters = new ArrayList<>();
        for (VariableElement parameter : all.subList(0, bound)) {
            parameters.add(new QueryMethod.Parameter(parameter.getSimpleName().toString(),
                    TypeName.get(parameter.asType()), TypeMapper.columnType(parameter.asType()).orElse(null), null));
        }
        if (shape == QueryMethod.Shape.ONE && (returned.getKind() == TypeKind.VOID
                || returned.getKind() == TypeKind.INT || returned.getKind() == TypeKind.LONG)) {
            // A row count for an insert, update or delete; a single value for a select (SqlCompiler decides).
            ResultTarget scalar = returned.getKind() == TypeKind.VOID ? null : scalar(returned).orElseThrow();
            return Optional.of(new QueryMethod(method, annotation, sqlValue, sql, parameters,
                    QueryMethod.Shape.ROW_COUNT, scalar));
        }
        if (element.getKind() == TypeKind.DECLARED && tables.adopt(new QueryTables.Site(method, annotation, sqlValue,
                name), (TypeElement) ((DeclaredType) element).asElement()) == QueryTables.Outcome.REPORTED) {
            return Optional.empty(); // a model of another module that cannot be used here; the error says why
        }
        Optional<ResultTarget> target = target(element);
        if (target.isEmpty()) {
            errors.error(method, annotation, Message.QUERY_RETURN, name, returned,
                    "is neither a model, a record or class with a constructor of readable types, nor a single "
                            + "value");
            return Optional.empty();
        }
        if (target.get().kind() == ResultTarget.Kind.MODEL) {
            ModelDescriptor model = target.get().model();
            PackageElement from = ModelAccess.packageOf(method);
            Optional<String> unreachable = ModelAccess.unreachable(model, from, tables::type);
            if (unreachable.isPresent()) {
                errors.error(method, annotation, Message.QUERY_MODEL_ACCESS, name, model.modelClass().simpleName(),
                        model.modelClass().packageName(), from.getQualifiedName(), unreachable.get(),
                        model.modelClass().packageName());
                return Optional.empty();
            }
        }
        return Optional.of(new QueryMethod(method, annotation, sqlValue, sql, parameters, shape, target.get()));
    }

    private Optional<ResultTarget> target(TypeMirror type) {
        Optional<ResultTarget> scalar = scalar(type);
        if (scalar.isPresent() || type.getKind() != TypeKind.DECLARED) {
            return scalar;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        ModelDescriptor model = tables.model(element).orElse(null);
        if (model != null) {
            List<ResultTarget.Slot> slots = new ArrayList<>();
            for (ColumnDescriptor column : model.columns()) {
                slots.add(new ResultTarget.Slot(column.property(), column.name(), column.javaType(), column.type(),
                        column));
            }
            return Optional.of(new ResultTarget(ResultTarget.Kind.MODEL, model.modelClass(), slots, model));
        }
        List<? extends VariableElement> components = constructorParameters(element);
        if (components.isEmpty()) {
            return Optional.empty();
        }
        List<ResultTarget.Slot> slots = new ArrayList<>();
        for (VariableElement component : components) {
            Optional<ColumnType> columnType = TypeMapper.columnType(component.asType());
            if (columnType.isEmpty()) {
                return Optional.empty();
            }
            String name = component.getSimpleName().toString();
            slots.add(new ResultTarget.Slot(name, SnakeCase.of(name), TypeName.get(component.asType()),
                    columnType.get(), null));
        }
        return Optional.of(new ResultTarget(ResultTarget.Kind.PROJECTION, ClassName.get(element), slots, null));
    }

    private static Optional<ResultTarget> scalar(TypeMirror type) {
        return TypeMapper.columnType(type).map(columnType -> new ResultTarget(ResultTarget.Kind.SCALAR,
                TypeName.get(type), List.of(new ResultTarget.Slot("value", "value", TypeName.get(type), columnType,
                        null)), null));
    }

    /**
     * A record's canonical constructor parameters, or a concrete class's non-private constructor with the most
     * parameters; empty when there is none.
     */
    private static List<? extends VariableElement> constructorParameters(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            List<String> names = type.getRecordComponents().stream()
                    .map(RecordComponentElement::getSimpleName).map(Object::toString).toList();
            return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                    .filter(c -> c.getParameters().stream().map(p -> p.getSimpleName().toString()).toList()
                            .equals(names))
                    .findFirst().map(ExecutableElement::getParameters).orElse(List.of());
        }
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return List.of();
        }
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
                .max(Comparator.comparingInt(c -> c.getParameters().size()))
                .map(ExecutableElement::getParameters).orElse(List.of());
    }
}

package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.processor.ModelRows;
import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.Embedding;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a query implementation can create a model from a row: it lives in the package of its {@code @Queries}
 * interface, so for a model of another package (as a model of another module usually is) the class, the constructor
 * it calls and every field or setter it fills must be public, and so must the converters of its {@code @Convert}
 * columns (with their no-argument constructors) and the embedded classes of its {@code @Embedded} values (with the
 * constructor and the writes that create them). The model's own DAO, in the model's package, reaches
 * package-private members that the implementation cannot.
 */
final class ModelAccess {
    private ModelAccess() {
    }

    /**
     * What {@code XImpl} in {@code from} cannot reach to create {@code model}; empty when it reaches everything.
     * {@code types} finds the converter and embedded classes the model names.
     */
    static Optional<String> unreachable(ModelDescriptor model, PackageElement from,
            Function<ClassName, TypeElement> types) {
        TypeElement type = model.element();
        if (packageOf(type).getQualifiedName().contentEquals(from.getQualifiedName())) {
            return Optional.empty();
        }
        Optional<String> problem = notPublic("class", type).or(() -> construction(model));
        for (ColumnDescriptor column : model.columns()) {
            if (problem.isEmpty() && column.converter() != null) {
                TypeElement converter = types.apply((ClassName) column.converter());
                problem = notPublic("converter", converter).or(() -> noPublicConstructor(converter, List.of(),
                        "converter " + converter.getSimpleName()));
            }
        }
        for (List<ColumnDescriptor> group : ModelRows.embedded(model).values()) {
            if (problem.isEmpty()) {
                problem = embedded(group, types.apply((ClassName) group.get(0).embedding().type()));
            }
        }
        return problem;
    }

    /** What keeps the constructor call, and for a no-arg constructor the writes, out of reach. */
    private static Optional<String> construction(ModelDescriptor model) {
        TypeElement type = model.element();
        if (model.construction() == ModelDescriptor.Construction.CONSTRUCTOR) {
            return noPublicConstructor(type, model.constructorOrder(), "its constructor of the columns");
        }
        Optional<String> problem = noPublicConstructor(type, List.of(), "its no-argument constructor");
        for (ColumnDescriptor column : model.columns()) {
            if (problem.isEmpty() && (column.embedding() == null
                    || ModelRows.embedded(model).get(column.embedding().property()).get(0) == column)) {
                problem = notWritable(type, column.embedding() == null ? column.write()
                        : column.embedding().ownerWrite());
            }
        }
        return problem;
    }

    /** What keeps an embedded value's class, its constructor or the writes of its components out of reach. */
    private static Optional<String> embedded(List<ColumnDescriptor> group, TypeElement type) {
        Embedding first = group.get(0).embedding();
        Optional<String> problem = notPublic("embedded class", type);
        if (problem.isEmpty() && first.record()) {
            return noPublicConstructor(type, group.stream().map(c -> c.embedding().component()).toList(),
                    "the constructor of embedded record " + type.getSimpleName());
        }
        problem = problem.or(() -> noPublicConstructor(type, List.of(),
                "the no-argument constructor of embedded class " + type.getSimpleName()));
        for (ColumnDescriptor column : group) {
            if (problem.isEmpty()) {
                problem = notWritable(type, column.embedding().write())
                        .map(what -> what + " of embedded class " + type.getSimpleName());
            }
        }
        return problem;
    }

    /** {@code type} or a class enclosing it that is not public, as {@code class X is not public}. */
    private static Optional<String> notPublic(String kind, TypeElement type) {
        for (Element outer = type; outer instanceof TypeElement t; outer = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(kind + " " + t.getSimpleName() + " is not public");
            }
        }
        return Optional.empty();
    }

    /** {@code "<what> is not public"} unless {@code type} has a public constructor of those parameter names. */
    private static Optional<String> noPublicConstructor(TypeElement type, List<String> parameters, String what) {
        boolean reachable = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().stream()
                        .map(p -> p.getSimpleName().toString()).toList().equals(parameters));
        return reachable ? Optional.empty() : Optional.of(what + " is not public");
    }

    private static Optional<String> notWritable(TypeElement type, Accessor write) {
        boolean field = write.kind() == Accessor.Kind.FIELD;
        return isPublic(type, write.name(), field) ? Optional.empty()
                : Optional.of((field ? "its field " : "its setter ") + write.name() + " is not public");
    }

    /** Whether the field, or a one-argument method, of that name in {@code type} or a superclass is public. */
    private static boolean isPublic(TypeElement type, String name, boolean field) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            for (Element member : t.getEnclosedElements()) {
                boolean matches = member.getSimpleName().contentEquals(name) && (field
                        ? member.getKind() == ElementKind.FIELD
                        : member.getKind() == ElementKind.METHOD
                                && ((ExecutableElement) member).getParameters().size() == 1);
                if (matches) {
                    return member.getModifiers().contains(Modifier.PUBLIC);
                }
            }
        }
        return false;
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED
                ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement() : null;
    }

    static PackageElement packageOf(Element element) {
        Element e = element;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return (PackageElement) e;
    }
}

package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;
import java.util.Optional;
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
 * it calls and every field or setter it fills must be public. The model's own DAO, in the model's package, reaches
 * package-private members that the implementation cannot.
 */
final class ModelAccess {
    private ModelAccess() {
    }

    /** What {@code XImpl} in {@code from} cannot reach to create {@code model}; empty when it reaches everything. */
    static Optional<String> unreachable(ModelDescriptor model, PackageElement from) {
        TypeElement type = model.element();
        if (packageOf(type).getQualifiedName().contentEquals(from.getQualifiedName())) {
            return Optional.empty();
        }
        for (Element outer = type; outer instanceof TypeElement t; outer = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of("class " + t.getSimpleName() + " is not public");
            }
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        if (model.construction() == ModelDescriptor.Construction.CONSTRUCTOR) {
            boolean reachable = constructors.stream().anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC)
                    && c.getParameters().stream().map(p -> p.getSimpleName().toString()).toList()
                            .equals(model.constructorOrder()));
            return reachable ? Optional.empty() : Optional.of("its constructor of the columns is not public");
        }
        if (constructors.stream().noneMatch(c -> c.getParameters().isEmpty()
                && c.getModifiers().contains(Modifier.PUBLIC))) {
            return Optional.of("its no-argument constructor is not public");
        }
        for (ColumnDescriptor column : model.columns()) {
            Accessor write = column.write();
            boolean field = write.kind() == Accessor.Kind.FIELD;
            if (!isPublic(type, write.name(), field)) {
                return Optional.of((field ? "its field " : "its setter ") + write.name() + " is not public");
            }
        }
        return Optional.empty();
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

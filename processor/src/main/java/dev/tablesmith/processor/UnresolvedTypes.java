package dev.tablesmith.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the first type a model mentions that javac could not resolve: a superclass, a field's type, an annotation,
 * or a value of one ({@code @References(Missing.class)}). javac reports those only after processing, and meanwhile
 * hands the processor an error type, or for an annotation value the string {@code "<error>"}, which reads like no
 * value at all: a foreign key would silently vanish from the schema. Such a model waits for a later round, when
 * another processor may have generated the type (as Dagger's and Room's superficial validation do).
 */
final class UnresolvedTypes {
    /** Where a type did not resolve: the element, the annotation on it if any, and a phrase naming the spot. */
    record Unresolved(Element element, AnnotationMirror annotation, String where) {
    }

    private UnresolvedTypes() {
    }

    /** The first unresolved type of {@code model}, its superclasses, their fields and record components. */
    static Optional<Unresolved> find(TypeElement model) {
        for (TypeElement type = model; type != null; ) {
            Optional<Unresolved> found = annotations(type, "class " + type.getSimpleName());
            for (Element member : members(type)) {
                if (found.isPresent()) {
                    break;
                }
                String where = "field " + member.getSimpleName() + " of " + type.getSimpleName();
                found = isUnresolved(member.asType())
                        ? Optional.of(new Unresolved(member, null, "the type " + member.asType() + " of " + where))
                        : annotations(member, where);
            }
            if (found.isPresent()) {
                return found;
            }
            TypeMirror superclass = type.getSuperclass();
            if (isUnresolved(superclass)) {
                return Optional.of(new Unresolved(type, null, "the superclass " + superclass + " of "
                        + type.getSimpleName()));
            }
            type = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement()
                    : null;
        }
        return Optional.empty();
    }

    /** The instance fields and record components whose types and annotations define columns. */
    private static List<Element> members(TypeElement type) {
        List<Element> members = new java.util.ArrayList<>(type.getRecordComponents());
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                members.add(field);
            }
        }
        return members;
    }

    private static Optional<Unresolved> annotations(Element element, String where) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = "@" + mirror.getAnnotationType().asElement().getSimpleName();
            if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
                return Optional.of(new Unresolved(element, mirror, "the annotation " + name + " on " + where));
            }
            if (!valuesResolve(mirror)) {
                return Optional.of(new Unresolved(element, mirror, "a class or constant in " + name + " on "
                        + where));
            }
        }
        return Optional.empty();
    }

    private static boolean valuesResolve(AnnotationMirror mirror) {
        for (var entry : mirror.getElementValues().entrySet()) {
            if (!resolves(entry.getValue(), entry.getKey().getReturnType())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code value} is a resolved value of the attribute type {@code expected}. */
    private static boolean resolves(AnnotationValue value, TypeMirror expected) {
        Object content = value.getValue();
        if (content instanceof TypeMirror type) {
            return !isUnresolved(type);
        }
        if (content instanceof String) {
            // javac gives "<error>" where a class or an enum constant did not resolve.
            return expected.getKind() == TypeKind.DECLARED
                    && ((TypeElement) ((DeclaredType) expected).asElement()).getQualifiedName()
                            .contentEquals("java.lang.String");
        }
        if (content instanceof List<?> list) {
            TypeMirror component = expected.getKind() == TypeKind.ARRAY
                    ? ((ArrayType) expected).getComponentType() : expected;
            return list.stream().allMatch(v -> resolves((AnnotationValue) v, component));
        }
        if (content instanceof AnnotationMirror nested) {
            return nested.getAnnotationType().getKind() != TypeKind.ERROR && valuesResolve(nested);
        }
        return !(content instanceof VariableElement constant) || constant.getKind() == ElementKind.ENUM_CONSTANT;
    }

    /** Whether {@code type}, or any type it is made of ({@code List<Missing>}, {@code Missing[]}), is unresolved. */
    private static boolean isUnresolved(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> isUnresolved(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(UnresolvedTypes::isUnresolved);
            case WILDCARD -> {
                var wildcard = (javax.lang.model.type.WildcardType) type;
                yield (wildcard.getExtendsBound() != null && isUnresolved(wildcard.getExtendsBound()))
                        || (wildcard.getSuperBound() != null && isUnresolved(wildcard.getSuperBound()));
            }
            default -> false;
        };
    }
}

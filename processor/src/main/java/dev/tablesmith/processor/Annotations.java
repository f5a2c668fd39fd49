package dev.tablesmith.processor;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Small helpers to read annotation mirrors without loading annotation classes' {@code Class} values. */
final class Annotations {
    /** Simple names of the non-null annotations of any package (JSpecify, Jakarta Validation, JetBrains, ...). */
    private static final Set<String> NON_NULL = Set.of("NonNull", "NotNull", "Nonnull");

    private Annotations() {
    }

    /** The mirror of the annotation named {@code qualifiedName} on {@code element}, if present. */
    static Optional<AnnotationMirror> mirror(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value of {@code attribute} as written (not defaulted), if it was written. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
        for (var entry : mirror.getElementValues().entrySet()) {
            ExecutableElement method = entry.getKey();
            if (method.getSimpleName().contentEquals(attribute)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** A {@code Class<?>}-valued attribute as a type, without loading the class. */
    static Optional<DeclaredType> classValue(AnnotationMirror mirror, String attribute) {
        return explicitValue(mirror, attribute)
                .map(AnnotationValue::getValue)
                .filter(DeclaredType.class::isInstance)
                .map(DeclaredType.class::cast);
    }

    /** Whether the element or its type carries a non-null annotation of any package. */
    static boolean hasNonNull(Element element, TypeMirror type) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (NON_NULL.contains(mirror.getAnnotationType().asElement().getSimpleName().toString())) {
                return true;
            }
        }
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (NON_NULL.contains(mirror.getAnnotationType().asElement().getSimpleName().toString())) {
                return true;
            }
        }
        return false;
    }
}

package dev.tablesmith.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a model inherits from {@code @Model} superclasses, as a Flask-SQLAlchemy model inherits {@code __bind_key__}
 * from its parents: the bind, unless the model writes its own. An abstract {@code @Model} class is a base (Flask's
 * {@code __abstract__}): it has no table, its fields become columns of each subclass like any superclass's, and its
 * bind is theirs; that makes a bind settable once for a family of models.
 */
final class ModelBinds {
    private ModelBinds() {
    }

    /** Whether {@code type} is an abstract {@code @Model} base rather than a model with a table. */
    static boolean isBase(TypeElement type) {
        return type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.ABSTRACT);
    }

    /**
     * Reports what a base cannot mean: a table name, since it has no table. Everything else of a base is checked
     * with each subclass, whose columns its fields become.
     */
    static void checkBase(TypeElement base, ErrorReporter errors) {
        Optional<AnnotationMirror> model = Annotations.mirror(base, ModelReader.MODEL);
        Optional<AnnotationValue> table = model.flatMap(m -> Annotations.explicitValue(m, "table"));
        if (table.isPresent()) {
            errors.error(base, model.get(), table.get(), Message.ABSTRACT_TABLE, base.getSimpleName(),
                    table.get().getValue());
        }
    }

    /**
     * The bind {@code model} lives in: the {@code bind} its own {@code @Model} writes (even {@code ""}, which puts
     * it back in the default database), else that of the nearest {@code @Model} superclass that writes one, else
     * the default database ({@code ""}).
     */
    static String bind(TypeElement model) {
        for (TypeElement type = model; type != null; type = superclass(type)) {
            Optional<AnnotationValue> bind = Annotations.mirror(type, ModelReader.MODEL)
                    .flatMap(m -> Annotations.explicitValue(m, "bind"));
            if (bind.isPresent()) {
                return (String) bind.get().getValue();
            }
        }
        return "";
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement()
                : null;
    }
}

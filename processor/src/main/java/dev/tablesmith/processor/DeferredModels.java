package dev.tablesmith.processor;

import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The models put off to a later round because a type they mention did not resolve ({@link UnresolvedTypes}), or
 * because they reference such a model, whose table class their own would name. Another processor may generate the
 * missing type in a later round, as Dagger and Room allow; if none has by the last round, each model still waiting
 * gets a located error, which the {@link ErrorReporter} counts, so the schema stage writes no snapshot, migration
 * or schema resource from the incomplete set of models.
 */
final class DeferredModels {
    private static final String REFERENCES = "dev.tablesmith.References";

    /** Qualified names: elements do not outlive their round, so deferred models are looked up again by name. */
    private Set<String> names = new LinkedHashSet<>();

    /** The {@code @Model} types of this round, then those deferred before; forgets the deferrals. */
    List<TypeElement> candidates(Set<? extends Element> annotated, Elements elements) {
        Map<String, TypeElement> byName = new LinkedHashMap<>();
        for (Element element : annotated) {
            if (element instanceof TypeElement type) {
                byName.put(type.getQualifiedName().toString(), type);
            }
        }
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                byName.putIfAbsent(name, type);
            }
        }
        names = new LinkedHashSet<>();
        return List.copyOf(byName.values());
    }

    /** Whether any model waits for a later round. */
    boolean waiting() {
        return !names.isEmpty();
    }

    /** Defers {@code type} when it mentions a type that did not resolve; returns whether it did. */
    boolean deferIfUnresolved(TypeElement type) {
        if (UnresolvedTypes.find(type).isPresent()) {
            names.add(type.getQualifiedName().toString());
            return true;
        }
        return false;
    }

    /** The models to generate now: those referencing no deferred model, directly or through other models. */
    List<ModelDescriptor> ready(List<ModelDescriptor> models) {
        List<ModelDescriptor> ready = new ArrayList<>(models);
        boolean changed = true;
        while (changed) {
            changed = ready.removeIf(model -> {
                boolean waits = model.columns().stream().map(ColumnDescriptor::reference)
                        .anyMatch(reference -> reference != null
                                && names.contains(reference.targetModel().canonicalName()));
                if (waits) {
                    names.add(model.modelClass().canonicalName());
                }
                return waits;
            });
        }
        return ready;
    }

    /**
     * In the last round: reports each model still deferred, on the element whose type did not resolve, or on its
     * reference to a model that waits for one.
     */
    void reportRemaining(Elements elements, ErrorReporter errors) {
        for (String name : names) {
            TypeElement type = elements.getTypeElement(name);
            if (type == null) {
                continue; // javac reports a type that vanished itself
            }
            Optional<UnresolvedTypes.Unresolved> unresolved = UnresolvedTypes.find(type);
            if (unresolved.isPresent()) {
                errors.error(unresolved.get().element(), unresolved.get().annotation(), Message.UNRESOLVED_TYPE,
                        type.getSimpleName(), unresolved.get().where());
            } else {
                reportReference(type, errors);
            }
        }
        names = new LinkedHashSet<>();
    }

    /** Reports the first reference of {@code type} to a model that waits, which is why {@code type} waits too. */
    private void reportReference(TypeElement type, ErrorReporter errors) {
        for (TypeElement current = type; current != null; current = superclass(current)) {
            List<Element> members = new ArrayList<>(current.getRecordComponents());
            members.addAll(ElementFilter.fieldsIn(current.getEnclosedElements()));
            for (Element member : members) {
                Optional<AnnotationMirror> mirror = Annotations.mirror(member, REFERENCES);
                Optional<DeclaredType> target = mirror.flatMap(m -> Annotations.classValue(m, "value"));
                if (target.isPresent() && names.contains(
                        ((TypeElement) target.get().asElement()).getQualifiedName().toString())) {
                    Object simpleName = target.get().asElement().getSimpleName();
                    errors.error(member, mirror.get(), Message.REFERENCE_INVALID, member.getSimpleName(),
                            simpleName, simpleName);
                    return;
                }
            }
        }
        errors.error(type, Message.UNRESOLVED_TYPE, type.getSimpleName(), "a model it references");
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement()
                : null;
    }
}

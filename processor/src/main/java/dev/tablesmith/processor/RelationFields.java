package dev.tablesmith.processor;

import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognizes a field that holds another model ({@code User author}) or a collection of models
 * ({@code List<Post> posts}) without {@code @Related}, as a JPA user writes a relation, and reports it with the
 * annotation and the foreign-key column it needs: the generic unsupported-type message would not say so.
 */
final class RelationFields {
    private final Elements elements;
    private final Types types;
    private final PropertyScanner scanner;
    private final ErrorReporter errors;

    RelationFields(Elements elements, Types types, PropertyScanner scanner, ErrorReporter errors) {
        this.elements = elements;
        this.types = types;
        this.scanner = scanner;
        this.errors = errors;
    }

    /** Reports {@code property} of {@code model} if it holds models; returns whether it did. */
    boolean reportIfRelation(TypeElement model, Property property) {
        Optional<TypeElement> single = asModel(property.type());
        if (single.isPresent()) {
            TypeElement target = single.get();
            errors.error(property.element(), Message.MODEL_FIELD, property.name(), target.getSimpleName(),
                    target.getSimpleName(), target.getSimpleName(), idType(target), property.name() + "Id");
            return true;
        }
        Optional<TypeElement> element = collectionElement(property.type()).flatMap(this::asModel);
        if (element.isPresent()) {
            TypeElement target = element.get();
            errors.error(property.element(), Message.MODEL_COLLECTION, property.name(), property.type(),
                    target.getSimpleName(), target.getSimpleName(), target.getSimpleName(), model.getSimpleName(),
                    idType(model), decapitalize(model.getSimpleName().toString()) + "Id");
            return true;
        }
        return false;
    }

    /** The model class {@code type} names: a concrete {@code @Model}, not an abstract base without a table. */
    private Optional<TypeElement> asModel(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getAnnotation(Model.class) != null && !element.getModifiers().contains(Modifier.ABSTRACT)
                ? Optional.of(element) : Optional.empty();
    }

    /** The element type of a {@code Collection<E>} (a {@code List}, a {@code Set}, ...). */
    private Optional<TypeMirror> collectionElement(TypeMirror type) {
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        if (type.getKind() != TypeKind.DECLARED || collection == null
                || !types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
            return Optional.empty();
        }
        var arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 ? Optional.of(arguments.get(0)) : Optional.empty();
    }

    /** The simple name of the type a foreign key to {@code model} has: its id's, boxed so the column may be NULL. */
    private String idType(TypeElement model) {
        return scanner.scan(model).stream()
                .filter(p -> p.element().getAnnotation(Id.class) != null)
                .findFirst()
                .map(p -> p.type().getKind().isPrimitive()
                        ? types.boxedClass(types.getPrimitiveType(p.type().getKind())).getSimpleName().toString()
                        : p.type().getKind() == TypeKind.DECLARED
                                ? ((DeclaredType) p.type()).asElement().getSimpleName().toString()
                                : p.type().toString())
                .orElse("Long");
    }

    /** {@code Author} to {@code author}; {@code URLLink} stays {@code URLLink}, as JavaBeans decapitalizes. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }
}

package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.Related;
import dev.tablesmith.processor.model.RelationDescriptor;
import dev.tablesmith.processor.model.RelationDescriptor.FieldRef;
import dev.tablesmith.processor.model.RelationDescriptor.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Related} property into a {@link RelationDescriptor}, resolving the foreign key that links the two
 * models from their {@code @References} properties: the related model's reference to this one (a list), this
 * model's reference to the related one (a single model), or a join model's two references ({@code through}). Reports
 * on the property a type that is not a model or a {@code List} of models, and a link that is missing, ambiguous
 * without {@code via}, or named wrongly.
 */
final class RelationReader {
    static final String RELATED = "dev.tablesmith.Related";
    private static final String REFERENCES = "dev.tablesmith.References";

    private final Elements elements;
    private final Types types;
    private final PropertyScanner scanner;
    private final ErrorReporter errors;

    RelationReader(Elements elements, Types types, PropertyScanner scanner, ErrorReporter errors) {
        this.elements = elements;
        this.types = types;
        this.scanner = scanner;
        this.errors = errors;
    }

    /** Whether {@code property} is declared {@code @Related}. */
    static boolean isRelated(Property property) {
        return Annotations.mirror(property.element(), RELATED).isPresent();
    }

    Optional<RelationDescriptor> read(TypeElement model, Property property) {
        AnnotationMirror mirror = Annotations.mirror(property.element(), RELATED).orElseThrow();
        Related related = property.element().getAnnotation(Related.class);
        Optional<TypeElement> through = Annotations.classValue(mirror, "through")
                .map(type -> (TypeElement) type.asElement())
                .filter(type -> !type.getQualifiedName().contentEquals("void"));
        boolean list = isList(property.type());
        if (!list && isCollection(property.type())) {
            errors.error(property.element(), mirror, Message.RELATED_COLLECTION, property.name(), property.type(),
                    "a List");
            return Optional.empty();
        }
        TypeMirror targetType = list ? ((DeclaredType) property.type()).getTypeArguments().get(0) : property.type();
        Optional<TypeElement> target = asModel(targetType);
        if (target.isEmpty()) {
            errors.error(property.element(), mirror, Message.RELATED_NOT_MODEL, property.name(), targetType);
            return Optional.empty();
        }
        if (through.isPresent() && !list) {
            errors.error(property.element(), mirror, Message.RELATED_COLLECTION, property.name(), property.type(),
                    "a List, as a relation through a join model holds many");
            return Optional.empty();
        }
        if (property.read() == null) {
            errors.error(property.element(), Message.INACCESSIBLE_FIELD, property.name(),
                    PropertyScanner.getterName(property.name(), property.type()));
            return Optional.empty();
        }
        String constant = Names.columnField(SnakeCase.of(property.name()));
        if (through.isPresent()) {
            return throughJoin(model, property, mirror, related.via(), target.get(), through.get(), constant);
        }
        return list ? toMany(model, property, mirror, related.via(), target.get(), constant)
                : toOne(model, property, mirror, related.via(), target.get(), constant);
    }

    private Optional<RelationDescriptor> toMany(TypeElement model, Property property, AnnotationMirror mirror,
            String via, TypeElement target, String constant) {
        return link(property, mirror, via, target, model).map(foreignKey -> descriptor(property, constant,
                Kind.TO_MANY, target, idOf(model).read(), field(target, foreignKey), null, null, foreignKey.read()));
    }

    private Optional<RelationDescriptor> toOne(TypeElement model, Property property, AnnotationMirror mirror,
            String via, TypeElement target, String constant) {
        Property targetId = idOf(target);
        return link(property, mirror, via, model, target).map(foreignKey -> descriptor(property, constant,
                Kind.TO_ONE, target, foreignKey.read(), field(target, targetId), field(model, foreignKey), null,
                targetId.read()));
    }

    private Optional<RelationDescriptor> throughJoin(TypeElement model, Property property, AnnotationMirror mirror,
            String via, TypeElement target, TypeElement join, String constant) {
        if (join.getAnnotation(Model.class) == null || ModelBinds.isBase(join)) {
            errors.error(property.element(), mirror, Message.RELATED_THROUGH, property.name(), join.getSimpleName(),
                    "it is not a @Model with a table");
            return Optional.empty();
        }
        List<Property> toParent = references(join, model);
        List<Property> toTarget = references(join, target);
        if (!via.isEmpty()) {
            toParent = toParent.stream().filter(p -> p.name().equals(via)).toList();
        }
        if (model.equals(target) || toParent.size() != 1 || toTarget.size() != 1) {
            errors.error(property.element(), mirror, Message.RELATED_THROUGH, property.name(), join.getSimpleName(),
                    "it needs exactly one @References(" + model.getSimpleName() + ".class) property"
                            + (via.isEmpty() ? "" : " named " + via) + " and exactly one @References("
                            + target.getSimpleName() + ".class) property, and has " + toParent.size() + " and "
                            + toTarget.size());
            return Optional.empty();
        }
        return Optional.of(descriptor(property, constant, Kind.THROUGH, target, idOf(model).read(),
                field(join, toParent.get(0)), field(join, toTarget.get(0)), field(target, idOf(target)), null));
    }

    /** The one property of {@code owner} referencing {@code referenced}, chosen by {@code via} when given. */
    private Optional<Property> link(Property property, AnnotationMirror mirror, String via, TypeElement owner,
            TypeElement referenced) {
        List<Property> candidates = references(owner, referenced);
        if (!via.isEmpty()) {
            Optional<Property> named = candidates.stream().filter(p -> p.name().equals(via)).findFirst();
            if (named.isEmpty()) {
                errors.error(property.element(), mirror, Annotations.explicitValue(mirror, "via").orElse(null),
                        Message.RELATED_VIA_UNKNOWN, via, property.name(), owner.getSimpleName(),
                        referenced.getSimpleName(), names(candidates));
            }
            return named;
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.isEmpty()) {
            errors.error(property.element(), mirror, Message.RELATED_NO_KEY, property.name(), owner.getSimpleName(),
                    referenced.getSimpleName(), referenced.getSimpleName(), owner.getSimpleName());
        } else {
            errors.error(property.element(), mirror, Message.RELATED_AMBIGUOUS, property.name(),
                    owner.getSimpleName(), referenced.getSimpleName(), names(candidates));
        }
        return Optional.empty();
    }

    private RelationDescriptor descriptor(Property property, String constant, Kind kind, TypeElement target,
            dev.tablesmith.processor.model.Accessor parentKey, FieldRef match, FieldRef foreignKey,
            FieldRef targetId, dev.tablesmith.processor.model.Accessor childKey) {
        ClassName targetClass = ClassName.get(target);
        return new RelationDescriptor(property.name(), constant, kind, TypeName.get(property.type()), targetClass,
                Names.daoClass(targetClass), parentKey, match, foreignKey, targetId, childKey, property.read(),
                property.write(), property.element());
    }

    /** The properties of {@code owner} declared {@code @References(referenced.class)}. */
    private List<Property> references(TypeElement owner, TypeElement referenced) {
        return scanner.scan(owner).stream()
                .filter(p -> Annotations.mirror(p.element(), REFERENCES)
                        .flatMap(m -> Annotations.classValue(m, "value"))
                        .map(t -> ((TypeElement) t.asElement()).getQualifiedName()
                                .contentEquals(referenced.getQualifiedName()))
                        .orElse(false))
                .toList();
    }

    private Property idOf(TypeElement model) {
        return scanner.scan(model).stream().filter(p -> p.element().getAnnotation(Id.class) != null).findFirst()
                .orElseThrow(() -> new IllegalStateException(model + " has no @Id"));
    }

    /**
     * The typed field of {@code property}'s column in {@code owner}'s generated table, named as {@link ModelReader}
     * names it (the table class allocates the same name unless two columns ask for one, which it reports).
     */
    private static FieldRef field(TypeElement owner, Property property) {
        Column column = property.element().getAnnotation(Column.class);
        String name = column == null || column.name().isEmpty() ? SnakeCase.of(property.name()) : column.name();
        ClassName tableClass = Names.tableClass(ClassName.get(owner));
        return new FieldRef(tableClass, Names.tableConstant(Names.table(owner)), Names.columnField(name));
    }

    private static String names(List<Property> properties) {
        return properties.isEmpty() ? "none"
                : properties.stream().map(Property::name).collect(Collectors.joining(", "));
    }

    private boolean isList(TypeMirror type) {
        TypeElement list = elements.getTypeElement("java.util.List");
        return type.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(type), types.erasure(list.asType()))
                && ((DeclaredType) type).getTypeArguments().size() == 1;
    }

    private boolean isCollection(TypeMirror type) {
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        return type.getKind() == TypeKind.DECLARED
                && types.isAssignable(types.erasure(type), types.erasure(collection.asType()));
    }

    private static Optional<TypeElement> asModel(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getAnnotation(Model.class) != null && !element.getModifiers().contains(Modifier.ABSTRACT)
                ? Optional.of(element) : Optional.empty();
    }
}

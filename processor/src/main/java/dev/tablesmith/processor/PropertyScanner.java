package dev.tablesmith.processor;

import dev.tablesmith.processor.model.Accessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds a model's persistent properties — record components, or the instance fields of the class and of its
 * superclasses (the mixin pattern) — and how generated code in the model's package can read and write each one
 * without reflection: the field itself when it is accessible, else a JavaBeans getter/setter.
 */
final class PropertyScanner {
    private static final String TRANSIENT = "dev.tablesmith.Transient";

    private final Elements elements;
    private final Types types;

    PropertyScanner(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The properties in table order: superclass fields first, then the model's own, in declaration order. */
    List<Property> scan(TypeElement model) {
        if (model.getKind() == ElementKind.RECORD) {
            return recordComponents(model);
        }
        List<Property> properties = new ArrayList<>();
        for (TypeElement type : hierarchy(model)) {
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (isPersistent(field)) {
                    properties.add(fieldProperty(model, field));
                }
            }
        }
        return properties;
    }

    /** Whether the type has a constructor without parameters that generated code can call. */
    boolean hasNoArgConstructor(TypeElement model) {
        return constructors(model).stream().anyMatch(c -> c.getParameters().isEmpty());
    }

    /** The constructors generated code in the model's package can call. */
    List<ExecutableElement> constructors(TypeElement model) {
        List<ExecutableElement> callable = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(model.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PRIVATE)) {
                callable.add(constructor);
            }
        }
        return callable;
    }

    /**
     * Whether a constructor of {@code model} has lost its parameter names, as one read from a class file compiled
     * without {@code -parameters} has: javac then names them {@code arg0}, {@code arg1}, ... This happens to a model
     * of another module, and to a model of this one when Gradle's incremental build hands the unchanged models to the
     * aggregating processor as class files.
     */
    static boolean withoutParameterNames(TypeElement model) {
        return ElementFilter.constructorsIn(model.getEnclosedElements()).stream()
                .anyMatch(c -> !c.getParameters().isEmpty() && c.getParameters().stream()
                        .allMatch(p -> p.getSimpleName().toString().matches("arg\\d+")));
    }

    /** The name of the getter generated code looks for, for error messages. */
    static String getterName(String property, TypeMirror type) {
        return (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + capitalize(property) + "()";
    }

    private List<Property> recordComponents(TypeElement record) {
        List<Property> properties = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            properties.add(new Property(name, component.asType(), component,
                    Accessor.getter(component.getAccessor().getSimpleName().toString()), Accessor.constructor(name)));
        }
        return properties;
    }

    private Property fieldProperty(TypeElement model, VariableElement field) {
        String name = field.getSimpleName().toString();
        // As a member of the model, so a generic mixin's field (T id) has the model's concrete type.
        TypeMirror type = types.asMemberOf((DeclaredType) model.asType(), field);
        boolean accessible = isAccessible(field, model);
        Accessor read = accessible ? Accessor.field(name) : getter(model, name, type);
        Accessor write = accessible && !field.getModifiers().contains(Modifier.FINAL) ? Accessor.field(name)
                : field.getModifiers().contains(Modifier.FINAL) ? null : setter(model, name, type);
        return new Property(name, type, field, read, write);
    }

    private Accessor getter(TypeElement model, String name, TypeMirror type) {
        Set<String> candidates = type.getKind() == TypeKind.BOOLEAN
                ? Set.of("is" + capitalize(name), "get" + capitalize(name))
                : Set.of("get" + capitalize(name));
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
            if (candidates.contains(method.getSimpleName().toString()) && method.getParameters().isEmpty()
                    && isAccessible(method, model) && types.isSameType(method.getReturnType(), type)) {
                return Accessor.getter(method.getSimpleName().toString());
            }
        }
        return null;
    }

    private Accessor setter(TypeElement model, String name, TypeMirror type) {
        String wanted = "set" + capitalize(name);
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(model))) {
            if (method.getSimpleName().contentEquals(wanted) && method.getParameters().size() == 1
                    && isAccessible(method, model)
                    && types.isSameType(method.getParameters().get(0).asType(), type)) {
                return Accessor.setter(wanted);
            }
        }
        return null;
    }

    private boolean isPersistent(VariableElement field) {
        Set<Modifier> modifiers = field.getModifiers();
        return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
                && Annotations.mirror(field, TRANSIENT).isEmpty();
    }

    /** Whether code in the model's package (where the DAO is generated) can use the member directly. */
    private boolean isAccessible(Element member, TypeElement model) {
        Set<Modifier> modifiers = member.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE) || modifiers.contains(Modifier.STATIC)) {
            return false;
        }
        if (modifiers.contains(Modifier.PUBLIC)) {
            return true;
        }
        return packageOf(member).equals(packageOf(model));
    }

    private PackageElement packageOf(Element element) {
        return elements.getPackageOf(element);
    }

    /** The model and its superclasses up to (excluding) {@code Object}, topmost first. */
    Deque<TypeElement> hierarchy(TypeElement model) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        TypeElement current = model;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            chain.push(current);
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        return chain;
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}

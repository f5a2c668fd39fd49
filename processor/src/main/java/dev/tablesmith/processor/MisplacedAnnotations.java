package dev.tablesmith.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reports Tablesmith's field annotations on methods and parameters of a model and its superclasses, where javac
 * accepts them but nothing reads them: Tablesmith maps fields and record components only (it has no JPA-style
 * property access, which would need rules for a getter without a field, a field and a getter both annotated, and
 * mixed access in one hierarchy). Their {@code @Target} still allows {@code METHOD} and {@code PARAMETER}: without
 * them javac stops at "annotation interface not applicable to this kind of declaration" before any processor runs,
 * which says nothing of where the annotation belongs. The only other effect of those targets is that a record
 * component's annotations are copied to its accessor and canonical constructor parameter; those copies are skipped.
 */
final class MisplacedAnnotations {
    /** Every annotation that configures a column. */
    static final List<String> FIELD_ANNOTATIONS = List.of("dev.tablesmith.Id", "dev.tablesmith.Column",
            "dev.tablesmith.Transient", "dev.tablesmith.References", "dev.tablesmith.Version",
            "dev.tablesmith.RenamedFrom", "dev.tablesmith.Json", "dev.tablesmith.Convert", "dev.tablesmith.Embedded");

    private final ErrorReporter errors;

    MisplacedAnnotations(ErrorReporter errors) {
        this.errors = errors;
    }

    /** Reports each misplaced annotation of {@code hierarchy} (the model and its superclasses) on its element. */
    void check(Iterable<TypeElement> hierarchy) {
        for (TypeElement type : hierarchy) {
            Set<String> copied = recordCopies(type);
            for (ExecutableElement executable : executables(type)) {
                if (executable.getKind() == ElementKind.METHOD) {
                    report(type, executable, copied, executable.getSimpleName().toString(),
                            "method " + executable.getSimpleName() + "() of " + type.getSimpleName());
                }
                for (VariableElement parameter : executable.getParameters()) {
                    report(type, parameter, executable.getKind() == ElementKind.CONSTRUCTOR ? copied : Set.of(),
                            parameter.getSimpleName().toString(), "parameter " + parameter.getSimpleName() + " of "
                                    + describe(type, executable));
                }
            }
        }
    }

    private void report(TypeElement type, Element element, Set<String> copied, String name, String where) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String annotation = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (FIELD_ANNOTATIONS.contains(annotation) && !copied.contains(name + '@' + annotation)) {
                errors.error(element, mirror, Message.MISPLACED_ANNOTATION,
                        mirror.getAnnotationType().asElement().getSimpleName(), where, target(type, element, name));
            }
        }
    }

    /** Where the annotation belongs: the field the method or parameter stands for, when there is one. */
    private static String target(TypeElement type, Element element, String name) {
        if (type.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : type.getRecordComponents()) {
                if (component.getSimpleName().contentEquals(name)) {
                    return "the record component " + name;
                }
            }
            return "the record component that holds the value";
        }
        String property = element instanceof ExecutableElement ? propertyName(name) : name;
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(property) || field.getSimpleName().contentEquals(name)) {
                return "the field " + field.getSimpleName();
            }
        }
        return "the field that holds the value";
    }

    /** {@code getName}, {@code isName} and {@code setName} stand for {@code name}. */
    private static String propertyName(String method) {
        for (String prefix : List.of("get", "set", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return method;
    }

    /**
     * {@code name@annotation} for each annotation a record component carries (on the component, or on its field for
     * annotations that do not target components): javac copies these to the accessor and to the canonical
     * constructor's parameter of the same name.
     */
    private static Set<String> recordCopies(TypeElement type) {
        Set<String> copies = new HashSet<>();
        if (type.getKind() != ElementKind.RECORD) {
            return copies;
        }
        for (RecordComponentElement component : type.getRecordComponents()) {
            addAll(copies, component);
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            addAll(copies, field);
        }
        return copies;
    }

    private static void addAll(Set<String> copies, Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            copies.add(element.getSimpleName() + "@"
                    + ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName());
        }
    }

    private static List<ExecutableElement> executables(TypeElement type) {
        List<ExecutableElement> executables = new java.util.ArrayList<>(
                ElementFilter.constructorsIn(type.getEnclosedElements()));
        executables.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
        return executables;
    }

    private static String describe(TypeElement type, ExecutableElement executable) {
        return executable.getKind() == ElementKind.CONSTRUCTOR ? "the constructor of " + type.getSimpleName()
                : "method " + executable.getSimpleName() + "() of " + type.getSimpleName();
    }
}

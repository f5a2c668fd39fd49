package dev.tablesmith.processor;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reports Tablesmith's column annotations where they are well placed for javac but describe no column, so nothing
 * would read them: on a field that is no column (static, {@code transient} or {@code @Transient}), on a
 * {@code @Related} property (loaded through another column), and on an {@code @Embedded} property (whose columns are
 * its components'). Left alone, each would be dropped without a word: an {@code @Id} that does not make the key but
 * still turns off id generation, a {@code @References} with no foreign key behind it, a {@code @Column(unique = true)}
 * with no constraint.
 */
final class IgnoredAnnotations {
    private static final String TRANSIENT = "dev.tablesmith.Transient";
    /** Every annotation that makes or configures a column or a relation: a field's, but {@code @Transient}. */
    private static final List<String> COLUMN_ANNOTATIONS = java.util.stream.Stream.concat(
            MisplacedAnnotations.FIELD_ANNOTATIONS.stream().filter(name -> !name.equals(TRANSIENT)),
            java.util.stream.Stream.of(RelationReader.RELATED)).toList();

    private final ErrorReporter errors;

    IgnoredAnnotations(ErrorReporter errors) {
        this.errors = errors;
    }

    /** Reports the column annotations of the fields of {@code hierarchy} that are no column. */
    void checkNonColumns(Iterable<TypeElement> hierarchy) {
        for (TypeElement type : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (type.getKind() == ElementKind.RECORD && !field.getModifiers().contains(Modifier.STATIC)) {
                    continue; // a component's field: its @Transient is TablesmithTransientComponent
                }
                String reason = field.getModifiers().contains(Modifier.STATIC) ? "a static field is no column"
                        : field.getModifiers().contains(Modifier.TRANSIENT) ? "a transient field is no column"
                        : Annotations.mirror(field, TRANSIENT).isPresent() ? "@Transient makes the field no column"
                        : null;
                if (reason != null) {
                    report(field, "field " + field.getSimpleName() + " of " + type.getSimpleName(),
                            Set.copyOf(COLUMN_ANNOTATIONS), reason, "remove it, or make the field a column");
                }
            }
        }
    }

    /** Reports the column annotations of a {@code @Related} property, which is no column of the model. */
    void checkRelated(Property property) {
        report(property.element(), "@Related " + property.name(),
                Set.copyOf(COLUMN_ANNOTATIONS.stream().filter(name -> !name.equals(RelationReader.RELATED)).toList()),
                "a @Related property is no column, it is loaded through the @References column that links the two "
                        + "models",
                "put it on that column, or remove it");
    }

    /** Reports the annotations of an {@code @Embedded} property that only a column of its own could honour. */
    void checkEmbedded(Property property) {
        Element element = property.element();
        String where = "@Embedded " + property.name();
        report(element, where, Set.of("dev.tablesmith.Id"),
                "an embedded value spans several columns, so it cannot be the primary key",
                "put @Id on a field of the model's own");
        report(element, where, Set.of("dev.tablesmith.References", "dev.tablesmith.Version"),
                "a foreign key or a version is one column of the model's own, and an embedded value has several",
                "declare it as a field of the model");
        report(element, where, Set.of("dev.tablesmith.Column", "dev.tablesmith.Json", "dev.tablesmith.Convert",
                "dev.tablesmith.RenamedFrom"),
                "the columns of an embedded value are its components', which carry their own annotations",
                "annotate the components of " + property.type() + " instead");
    }

    private void report(Element element, String where, Set<String> annotations, String reason, String fix) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (annotations.contains(name)) {
                errors.error(element, mirror, Message.IGNORED_ANNOTATION,
                        mirror.getAnnotationType().asElement().getSimpleName(), where, reason, fix);
            }
        }
    }
}

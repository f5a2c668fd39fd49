package dev.tablesmith.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An index on one model's table. The source {@link Element} and annotation are kept only to report errors on them.
 *
 * @param name       the index name
 * @param unique     whether the indexed values must be unique
 * @param columns    the indexed column names, in order
 * @param element    where it was declared: the model for an {@code @Index}, the field for {@code @Column(index)}
 * @param annotation the {@code @Index} or {@code @Column} that declares it, or {@code null}
 */
public record IndexDescriptor(String name, boolean unique, List<String> columns, Element element,
        AnnotationMirror annotation) {
    public IndexDescriptor {
        columns = List.copyOf(columns);
    }

    /** Whether {@code other} is the same index, however declared ({@code @Column(index = true)}, {@code @Index}). */
    public boolean sameIndexAs(IndexDescriptor other) {
        return name.equals(other.name) && unique == other.unique && columns.equals(other.columns);
    }
}

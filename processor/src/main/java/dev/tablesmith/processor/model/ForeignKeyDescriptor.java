package dev.tablesmith.processor.model;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.ReferenceAction;
import javax.lang.model.element.AnnotationMirror;

/**
 * A foreign key from one column to another model's id.
 *
 * @param name          the constraint name
 * @param targetModel   the referenced model class
 * @param targetTable   the generated table class of the referenced model
 * @param targetConstant the name of that class's table constant
 * @param onDelete      the {@code ON DELETE} action
 * @param annotation    the {@code @References} mirror, for error locations
 */
public record ForeignKeyDescriptor(String name, ClassName targetModel, ClassName targetTable, String targetConstant,
        ReferenceAction onDelete, AnnotationMirror annotation) {
}

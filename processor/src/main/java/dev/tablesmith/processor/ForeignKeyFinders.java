package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code findAllByX(value)} on {@code XDao} for every {@code @References} column that does not identify one
 * row (neither unique, nor a single-column unique index, nor the whole primary key): the rows that point at one
 * parent, such as a user's posts. It runs through {@code where(...)}, whose SQL is rendered once per shape.
 */
final class ForeignKeyFinders {
    private ForeignKeyFinders() {
    }

    static void addTo(ModelDescriptor model, TypeSpec.Builder dao) {
        for (ColumnDescriptor column : model.columns()) {
            if (column.reference() != null && !identifiesOneRow(model, column)) {
                dao.addMethod(findAllBy(model, column));
            }
        }
    }

    private static boolean identifiesOneRow(ModelDescriptor model, ColumnDescriptor column) {
        if (column.unique() || (column.id() && !model.compositeKey())) {
            return true;
        }
        for (IndexDescriptor index : model.indexes()) {
            if (index.unique() && index.columns().equals(List.of(column.name()))) {
                return true;
            }
        }
        return false;
    }

    private static MethodSpec findAllBy(ModelDescriptor model, ColumnDescriptor column) {
        String name = "findAllBy" + column.property().substring(0, 1).toUpperCase(Locale.ROOT)
                + column.property().substring(1);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), model.modelClass()))
                .addParameter(column.javaType(), column.property())
                .addJavadoc("Every {@link $T} whose $L references this {@link $T}, in no particular order (a null "
                        + "value matches nothing).\n", model.modelClass(), JavadocText.code(column.name()),
                        column.reference().targetModel());
        if (!column.primitive()) {
            method.beginControlFlow("if ($N == null)", column.property())
                    .addStatement("return $T.of()", List.class)
                    .endControlFlow();
        }
        return method.addStatement("return where($T.$N.$N.eq($N)).list()", model.tableClass(), model.tableConstant(),
                column.fieldName(), column.property()).build();
    }
}

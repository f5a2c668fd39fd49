package dev.tablesmith.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.Embedding;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code generated classes need for {@code @Embedded} properties: reading one component through its embedded
 * value (NULL when the value is null), and a static factory per embedded property that creates the value from its
 * columns' values, or returns null when they are all null. The class holding the code names the factory
 * ({@link ModelRows.Members#factory}).
 */
final class EmbeddedCode {
    private EmbeddedCode() {
    }

    /** The model's embedded properties with their columns, in table order. */
    static Map<String, List<ColumnDescriptor>> groups(ModelDescriptor model) {
        Map<String, List<ColumnDescriptor>> groups = new LinkedHashMap<>();
        for (ColumnDescriptor column : model.columns()) {
            if (column.embedding() != null) {
                groups.computeIfAbsent(column.embedding().property(), p -> new ArrayList<>()).add(column);
            }
        }
        return groups;
    }

    /** {@code (entity.shipTo == null ? null : entity.shipTo.street())}. */
    static CodeBlock read(ColumnDescriptor column, String entity) {
        Embedding embedding = column.embedding();
        CodeBlock owner = access(CodeBlock.of("$N", entity), embedding.owner());
        return CodeBlock.of("($L == null ? null : $L)", owner, access(owner, embedding.read()));
    }

    /** {@code newShipTo(street, city)}: the embedded value of {@code group}'s columns' values. */
    static CodeBlock create(List<ColumnDescriptor> group, Function<ColumnDescriptor, CodeBlock> value,
            String factory) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (ColumnDescriptor column : group) {
            arguments.add(value.apply(column));
        }
        return CodeBlock.of("$N($L)", factory, CodeBlock.join(arguments, ", "));
    }

    /** Sets the embedded property of {@code group} on {@code entity} to {@code value}. */
    static CodeBlock assign(List<ColumnDescriptor> group, String entity, CodeBlock value) {
        Accessor write = group.get(0).embedding().ownerWrite();
        return write.kind() == Accessor.Kind.FIELD ? CodeBlock.of("$N.$N = $L", entity, write.name(), value)
                : CodeBlock.of("$N.$N($L)", entity, write.name(), value);
    }

    /** The factory {@code factory} of {@code group}'s embedded value: null when every column is NULL. */
    static MethodSpec factory(List<ColumnDescriptor> group, String factory) {
        Embedding embedding = group.get(0).embedding();
        NameAllocator names = new NameAllocator();
        MethodSpec.Builder method = MethodSpec.methodBuilder(factory)
                .addJavadoc("The {@code $L} of a row: null when all its columns are NULL.\n", embedding.property())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(embedding.type());
        List<String> parameters = new ArrayList<>();
        for (ColumnDescriptor column : group) {
            String name = names.newName(column.embedding().component(), column);
            parameters.add(name);
            method.addParameter(ParameterSpec.builder(column.valueType(), name).build());
        }
        List<CodeBlock> nulls = parameters.stream().map(p -> CodeBlock.of("$N == null", p)).toList();
        method.beginControlFlow("if ($L)", CodeBlock.join(nulls, " && ")).addStatement("return null").endControlFlow();
        if (embedding.record()) {
            List<CodeBlock> arguments = parameters.stream().map(p -> CodeBlock.of("$N", p)).toList();
            return method.addStatement("return new $T($L)", embedding.type(), CodeBlock.join(arguments, ", "))
                    .build();
        }
        String value = names.newName("value");
        method.addStatement("$T $N = new $T()", embedding.type(), value, embedding.type());
        for (int i = 0; i < group.size(); i++) {
            Accessor write = group.get(i).embedding().write();
            method.addStatement(write.kind() == Accessor.Kind.FIELD
                    ? CodeBlock.of("$N.$N = $N", value, write.name(), parameters.get(i))
                    : CodeBlock.of("$N.$N($N)", value, write.name(), parameters.get(i)));
        }
        return method.addStatement("return $N", value).build();
    }

    /** {@code newShipTo}: the name of the factory of {@code group}'s value, after {@code prefix}. */
    static String factoryName(String prefix, List<ColumnDescriptor> group) {
        String property = group.get(0).embedding().property();
        return "new" + prefix + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    }

    private static CodeBlock access(CodeBlock target, Accessor accessor) {
        return accessor.kind() == Accessor.Kind.FIELD ? CodeBlock.of("$L.$N", target, accessor.name())
                : CodeBlock.of("$L.$N()", target, accessor.name());
    }
}

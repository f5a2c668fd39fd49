package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes what a composite primary key adds to {@code XDao}: the nested record {@code Key} that is the DAO's id type
 * (one component per {@code @Id} field, in declaration order), the binder and reader of that key, and the lookups
 * by the key's values — {@code findById(a, b)}, {@code getById(a, b)}, {@code existsById(a, b)},
 * {@code deleteById(a, b)} — which wrap them in a {@code Key} and call the inherited operations.
 */
final class CompositeKeyWriter {
    private static final ClassName COMPOSITE_KEY = ClassName.get("dev.tablesmith.generated", "CompositeKey");

    private CompositeKeyWriter() {
    }

    /** {@code XDao.Key}. */
    static ClassName keyClass(ModelDescriptor model) {
        return model.daoClass().nestedClass("Key");
    }

    /** Binds the key's components from parameter {@code index} on, in declaration order. */
    static void bindId(ModelDescriptor model, MethodSpec.Builder method) {
        List<ColumnDescriptor> ids = model.ids();
        for (int i = 0; i < ids.size(); i++) {
            CodeBlock at = i == 0 ? CodeBlock.of("index") : CodeBlock.of("index + $L", i);
            method.addStatement(DaoWriter.bind(ids.get(i), at, CodeBlock.of("id.$N()", ids.get(i).property()), true));
        }
    }

    /** {@code new Key(entity.a, entity.b)}. */
    static CodeBlock idOf(ModelDescriptor model, String entity) {
        List<CodeBlock> values = model.ids().stream().map(id -> DaoWriter.read(id, entity)).toList();
        return CodeBlock.of("new $T($L)", keyClass(model), CodeBlock.join(values, ", "));
    }

    /** Adds the {@code Key} record and the lookups by its values. */
    static void addKeyAndLookups(ModelDescriptor model, TypeSpec.Builder dao) {
        dao.addType(key(model));
        TypeName modelType = model.modelClass();
        dao.addMethod(lookup(model, "findById", ParameterizedTypeName.get(ClassName.get(Optional.class), modelType),
                "The {@link $T} with this key, if there is one.\n"));
        dao.addMethod(lookup(model, "getById", modelType,
                "The {@link $T} with this key.\n\n@throws dev.tablesmith.NotFoundException naming the model and the "
                        + "key when there is none\n"));
        dao.addMethod(lookup(model, "existsById", TypeName.BOOLEAN, "Whether a {@link $T} with this key exists.\n"));
        dao.addMethod(lookup(model, "deleteById", TypeName.BOOLEAN,
                "Deletes the {@link $T} with this key; returns whether there was one.\n"));
    }

    private static TypeSpec key(ModelDescriptor model) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        List<CodeBlock> values = new ArrayList<>();
        for (ColumnDescriptor id : model.ids()) {
            constructor.addParameter(ParameterSpec.builder(id.javaType(), id.property()).build());
            values.add(CodeBlock.of("$N", id.property()));
        }
        return TypeSpec.recordBuilder("Key")
                .addJavadoc("The composite primary key of {@link $T}: its {@code @Id} values in declaration order.\n",
                        model.modelClass())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(COMPOSITE_KEY)
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("values")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(List.class, Object.class))
                        .addStatement("return $T.asList($L)", Arrays.class, CodeBlock.join(values, ", "))
                        .build())
                .build();
    }

    private static MethodSpec lookup(ModelDescriptor model, String name, TypeName returns, String javadoc) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc(javadoc, model.modelClass());
        List<CodeBlock> values = new ArrayList<>();
        for (ColumnDescriptor id : model.ids()) {
            method.addParameter(id.javaType(), id.property());
            values.add(CodeBlock.of("$N", id.property()));
        }
        return method.addStatement("return $N(new $T($L))", name, keyClass(model), CodeBlock.join(values, ", "))
                .build();
    }
}

package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.schema.DataTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XTable}: the model's jOOQ table with one typed {@code TableField} per column, its keys and
 * indexes, and the {@code Provider} through which {@code Database.createAll()} discovers it.
 */
final class TableWriter {
    static final ClassName MODEL_TABLE = ClassName.get("dev.tablesmith", "ModelTable");
    static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    static final ClassName TABLE_FIELD = ClassName.get("org.jooq", "TableField");
    private static final ClassName IDENTITY = ClassName.get("org.jooq", "Identity");
    private static final ClassName UNIQUE_KEY = ClassName.get("org.jooq", "UniqueKey");
    private static final ClassName FOREIGN_KEY = ClassName.get("org.jooq", "ForeignKey");
    private static final ClassName INDEX = ClassName.get("org.jooq", "Index");
    private static final ClassName REFERENCE_ACTION = ClassName.get("dev.tablesmith", "ReferenceAction");
    private static final ClassName TABLE_PROVIDER = ClassName.get("dev.tablesmith.generated", "TableProvider");
    private static final ClassName LIST = ClassName.get(List.class);

    private TableWriter() {
    }

    static JavaFile write(ModelDescriptor model) {
        ClassName tableClass = model.tableClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(tableClass)
                .addJavadoc("The $L table of {@link $T}: a jOOQ table whose fields can be used in any jOOQ query.\n",
                        JavadocText.code(model.table()), model.modelClass())
                .addAnnotation(GeneratedFiles.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(MODEL_TABLE, model.modelClass()))
                .addOriginatingElement(model.element())
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build())
                .addField(FieldSpec.builder(tableClass, model.tableConstant(), Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                        .addJavadoc("The $L table.\n", JavadocText.code(model.table()))
                        .initializer("new $T()", tableClass).build());
        for (ColumnDescriptor column : model.columns()) {
            type.addField(column(column));
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addStatement("super($S, $T.class, $S)", model.table(), model.modelClass(), model.bind())
                .build());
        String idField = model.id().fieldName();
        TypeName idFieldType = fieldType(model.id());
        type.addMethod(override("idField", idFieldType).addStatement("return $N", idField).build());
        model.version().ifPresent(version -> type.addMethod(override("versionField", fieldType(version))
                .addStatement("return $N", version.fieldName()).build()));
        if (model.id().generated()) {
            type.addMethod(override("getIdentity",
                    ParameterizedTypeName.get(IDENTITY, RECORD, model.id().valueType()))
                    .addStatement("return identity($N)", idField).build());
        }
        if (model.compositeKey()) {
            CodeBlock ids = CodeBlock.join(model.ids().stream().map(id -> CodeBlock.of("$N", id.fieldName())).toList(),
                    ", ");
            type.addMethod(override("idFields", ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(
                    TABLE_FIELD, RECORD, WildcardTypeName.subtypeOf(Object.class))))
                    .addStatement("return $T.of($L)", LIST, ids).build());
            type.addMethod(override("getPrimaryKey", ParameterizedTypeName.get(UNIQUE_KEY, RECORD))
                    .addStatement("return primaryKey($T.of($L))", LIST, ids).build());
        } else {
            type.addMethod(override("getPrimaryKey", ParameterizedTypeName.get(UNIQUE_KEY, RECORD))
                    .addStatement("return primaryKey($N)", idField).build());
        }
        addUniqueKeys(type, model);
        addReferences(type, model);
        addIndexes(type, model);
        type.addType(TypeSpec.classBuilder(model.providerClass())
                .addJavadoc("Registers {@link $T} for discovery by {@code Database.createAll()}.\n", tableClass)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(TABLE_PROVIDER)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
                .addMethod(override("table", ParameterizedTypeName.get(MODEL_TABLE, WildcardTypeName.subtypeOf(
                        Object.class))).addStatement("return $N", model.tableConstant()).build())
                .build());
        return JavaFile.builder(tableClass.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static FieldSpec column(ColumnDescriptor column) {
        return FieldSpec.builder(fieldType(column), column.fieldName(), Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The $L column ({@code $L}).\n", JavadocText.code(column.name()), column.property())
                .initializer("column($S, $L)", column.name(), DataTypes.code(column))
                .build();
    }

    static TypeName fieldType(ColumnDescriptor column) {
        return ParameterizedTypeName.get(TABLE_FIELD, RECORD, column.valueType());
    }

    private static void addUniqueKeys(TypeSpec.Builder type, ModelDescriptor model) {
        List<CodeBlock> keys = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            if (column.uniqueKey() != null) {
                keys.add(CodeBlock.of("uniqueKey($S, $T.of($N))", column.uniqueKey(), LIST, column.fieldName()));
            }
        }
        if (!keys.isEmpty()) {
            type.addMethod(override("getUniqueKeys",
                    ParameterizedTypeName.get(LIST, ParameterizedTypeName.get(UNIQUE_KEY, RECORD)))
                    .addStatement("return $T.of($L)", LIST, CodeBlock.join(keys, ",\n")).build());
        }
    }

    private static void addReferences(TypeSpec.Builder type, ModelDescriptor model) {
        List<CodeBlock> references = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            var reference = column.reference();
            if (reference != null) {
                references.add(CodeBlock.of("foreignKey($S, $N, $T.$N, $T.$L)", reference.name(), column.fieldName(),
                        reference.targetTable(), reference.targetConstant(), REFERENCE_ACTION,
                        reference.onDelete().name()));
            }
        }
        if (!references.isEmpty()) {
            type.addMethod(override("getReferences", ParameterizedTypeName.get(LIST,
                    ParameterizedTypeName.get(FOREIGN_KEY, RECORD, WildcardTypeName.subtypeOf(Object.class))))
                    .addStatement("return $T.of($L)", LIST, CodeBlock.join(references, ",\n")).build());
        }
    }

    private static void addIndexes(TypeSpec.Builder type, ModelDescriptor model) {
        if (model.indexes().isEmpty()) {
            return;
        }
        List<CodeBlock> indexes = new ArrayList<>();
        for (IndexDescriptor index : model.indexes()) {
            List<CodeBlock> fields = new ArrayList<>();
            for (String column : index.columns()) {
                fields.add(CodeBlock.of("$N", model.column(column).fieldName()));
            }
            indexes.add(CodeBlock.of("index($S, $L, $T.of($L))", index.name(), index.unique(), LIST,
                    CodeBlock.join(fields, ", ")));
        }
        type.addMethod(override("getIndexes", ParameterizedTypeName.get(LIST, INDEX))
                .addStatement("return $T.of($L)", LIST, CodeBlock.join(indexes, ",\n")).build());
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}

package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.model.RelationDescriptor;
import dev.tablesmith.processor.model.RelationDescriptor.FieldRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code Relation} constant on {@code XDao} per {@code @Related} property ({@code AuthorDao.BOOKS}): the
 * related model's DAO, the columns the runtime matches in its one {@code IN} query per level, and lambdas that read
 * the keys and fill the property — in place for a mutable class, as a copy through the constructor for a record —
 * so that loading needs no reflection.
 */
final class RelationWriter {
    private static final ClassName RELATION = ClassName.get("dev.tablesmith", "Relation");

    private RelationWriter() {
    }

    static void addTo(ModelDescriptor model, TypeSpec.Builder dao) {
        for (RelationDescriptor relation : model.relations()) {
            dao.addField(constant(model, relation));
        }
    }

    /** Reads the relation property of {@code entity}. */
    static CodeBlock read(RelationDescriptor relation, String entity) {
        return access(relation.read(), entity);
    }

    private static FieldSpec constant(ModelDescriptor model, RelationDescriptor relation) {
        String name = model.modelClass().simpleName() + "." + relation.property();
        CodeBlock parentKey = CodeBlock.of("parent -> $L", access(relation.parentKey(), "parent"));
        CodeBlock set = setter(model, relation);
        CodeBlock initializer = switch (relation.kind()) {
            case TO_MANY -> CodeBlock.of("$T.<$T, $T>toMany($S, $T::new,\n$>$L, $L,\nchild -> $L,\n$L)$<", RELATION,
                    model.modelClass(), relation.target(), name, relation.targetDao(), field(relation.match()),
                    parentKey, access(relation.childKey(), "child"), set);
            case TO_ONE -> CodeBlock.of("$T.<$T, $T>toOne($S, $T::new,\n$>$L, $L, $L,\nchild -> $L,\n$L)$<", RELATION,
                    model.modelClass(), relation.target(), name, relation.targetDao(), field(relation.foreignKey()),
                    field(relation.match()), parentKey, access(relation.childKey(), "child"), set);
            case THROUGH -> CodeBlock.of("$T.<$T, $T>through($S, $T::new,\n$>$L, $L, $L,\n$L,\n$L)$<", RELATION,
                    model.modelClass(), relation.target(), name, relation.targetDao(), field(relation.match()),
                    field(relation.foreignKey()), field(relation.targetId()), parentKey, set);
        };
        String what = switch (relation.kind()) {
            case TO_MANY -> "the {@link $T}s whose foreign key references it";
            case TO_ONE -> "the {@link $T} its foreign key references";
            case THROUGH -> "the {@link $T}s linked to it through its join model";
        };
        return FieldSpec.builder(ParameterizedTypeName.get(RELATION, model.modelClass(), relation.target()),
                relation.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Loads {@code $L}: " + what + ", one statement per level for any number of entities.\n",
                        relation.property(), relation.target())
                .initializer(initializer)
                .build();
    }

    /** {@code (parent, value) -> ...}: sets the property in place, or copies a record with it. */
    private static CodeBlock setter(ModelDescriptor model, RelationDescriptor relation) {
        if (model.construction() == ModelDescriptor.Construction.CONSTRUCTOR) {
            var embedded = EmbeddedCode.groups(model);
            List<CodeBlock> arguments = new ArrayList<>();
            for (String property : model.constructorOrder()) {
                if (property.equals(relation.property())) {
                    arguments.add(CodeBlock.of("value"));
                } else if (embedded.containsKey(property)) {
                    arguments.add(access(embedded.get(property).get(0).embedding().owner(), "parent"));
                } else {
                    arguments.add(model.relation(property).map(other -> read(other, "parent"))
                            .orElseGet(() -> DaoWriter.read(column(model, property), "parent")));
                }
            }
            return CodeBlock.of("(parent, value) -> new $T($L)", model.modelClass(), CodeBlock.join(arguments, ", "));
        }
        Accessor write = relation.write();
        CodeBlock assign = write.kind() == Accessor.Kind.FIELD ? CodeBlock.of("parent.$N = value", write.name())
                : CodeBlock.of("parent.$N(value)", write.name());
        return CodeBlock.of("(parent, value) -> {\n$>$L;\nreturn parent;\n$<}", assign);
    }

    private static ColumnDescriptor column(ModelDescriptor model, String property) {
        return model.columns().stream().filter(c -> c.property().equals(property)).findFirst().orElseThrow();
    }

    private static CodeBlock field(FieldRef field) {
        return CodeBlock.of("$T.$N.$N", field.table(), field.constant(), field.field());
    }

    private static CodeBlock access(Accessor read, String entity) {
        return read.kind() == Accessor.Kind.FIELD ? CodeBlock.of("$N.$N", entity, read.name())
                : CodeBlock.of("$N.$N()", entity, read.name());
    }
}

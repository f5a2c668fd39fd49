package dev.tablesmith.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.tablesmith.processor.model.Accessor;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.IndexDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code XDao}: a thin subclass of {@code AbstractDao} that supplies what depends on the model's shape —
 * parameter binders, the row mapper, id and version access — plus a {@code findByX} method per unique column, a
 * {@code findByXAndY} method per unique index and a {@code findAllByX} method per other foreign key.
 */
final class DaoWriter {
    private static final ClassName ABSTRACT_DAO = ClassName.get("dev.tablesmith", "AbstractDao");
    private static final ClassName DATABASE = ClassName.get("dev.tablesmith", "Database");
    private static final ClassName JDBC_TYPES = ClassName.get("dev.tablesmith.generated", "JdbcTypes");
    private static final ClassName STORED_PRECISION = ClassName.get("dev.tablesmith.generated", "StoredPrecision");

    private final ModelDescriptor model;

    private DaoWriter(ModelDescriptor model) {
        this.model = model;
    }

    static JavaFile write(ModelDescriptor model) {
        return new DaoWriter(model).file();
    }

    private JavaFile file() {
        ClassName dao = model.daoClass();
        TypeName idType = model.compositeKey() ? CompositeKeyWriter.keyClass(model) : model.id().valueType();
        TypeSpec.Builder type = TypeSpec.classBuilder(dao)
                .addJavadoc("Typed data access for {@link $T}. Every call runs in the session of the current "
                        + "context of the {@code Database}\ngiven to the constructor; the instance is stateless and "
                        + "may be shared.\n", model.modelClass())
                .addAnnotation(GeneratedFiles.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ABSTRACT_DAO, model.modelClass(), idType))
                .addOriginatingElement(model.element())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DATABASE, "database")
                        .addStatement("super(database, $T.$N)", model.tableClass(), model.tableConstant())
                        .build());
        model.columns().stream().filter(c -> c.converter() != null).forEach(column -> type.addField(
                ModelRows.converterField(column, ModelRows.DAO.converter(column))));
        for (List<ColumnDescriptor> key : uniqueLookups()) {
            type.addMethod(findBy(key));
        }
        ForeignKeyFinders.addTo(model, type);
        RelationWriter.addTo(model, type);
        type.addMethod(bindInsert());
        type.addMethod(bindUpdate());
        MethodSpec.Builder bindId = protectedOverride("bindId", void.class)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(JDBC_TYPES, "types")
                .addParameter(int.class, "index")
                .addParameter(idType, "id")
                .addException(SQLException.class);
        if (model.compositeKey()) {
            CompositeKeyWriter.bindId(model, bindId);
        } else {
            bindId.addStatement(bind(model.id(), CodeBlock.of("index"), CodeBlock.of("id"), true));
        }
        type.addMethod(bindId.build());
        type.addMethod(map());
        type.addMethod(protectedOverride("idOf", idType)
                .addParameter(model.modelClass(), "entity")
                .addStatement("return $L", model.compositeKey() ? CompositeKeyWriter.idOf(model, "entity")
                        : read(model.id(), "entity"))
                .build());
        if (model.compositeKey()) {
            CompositeKeyWriter.addKeyAndLookups(model, type);
        }
        if (model.id().generated()) {
            type.addMethod(protectedOverride("generatedId", idType)
                    .addParameter(ResultSet.class, "keys")
                    .addException(SQLException.class)
                    .addStatement("return keys.get$L(1)", model.id().type().jdbcSuffix())
                    .build());
            type.addMethod(copyWith(protectedOverride("withId", model.modelClass())
                    .addParameter(model.modelClass(), "entity")
                    .addParameter(idType, "id"), model.id(), CodeBlock.of("id")).build());
        }
        ModelRows.embedded(model).values().forEach(group -> type.addMethod(
                ModelRows.factory(group, ModelRows.DAO.factory(group))));
        hasUnsetDefaults().ifPresent(type::addMethod);
        asStored().ifPresent(type::addMethod);
        model.version().ifPresent(version -> type.addMethod(withNextVersion(version)));
        type.addMethod(fromRecord());
        type.addMethod(toRecord());
        return JavaFile.builder(dao.packageName(), type.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /**
     * The column lists a row can be looked up by: each unique column, then each unique index not already covered
     * by a unique column; in declaration order, so the output is deterministic.
     */
    private List<List<ColumnDescriptor>> uniqueLookups() {
        List<List<ColumnDescriptor>> lookups = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            if (column.unique() && !column.id()) {
                lookups.add(List.of(column));
            }
        }
        for (IndexDescriptor index : model.indexes()) {
            if (index.unique()) {
                List<ColumnDescriptor> columns = new ArrayList<>();
                for (String name : index.columns()) {
                    model.columns().stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(columns::add);
                }
                if (columns.size() == index.columns().size() && !lookups.contains(columns)
                        && !(columns.size() == 1 && columns.get(0).id())) {
                    lookups.add(List.copyOf(columns));
                }
            }
        }
        return lookups;
    }

    private MethodSpec findBy(List<ColumnDescriptor> key) {
        List<String> properties = new ArrayList<>();
        List<CodeBlock> fields = new ArrayList<>();
        List<CodeBlock> binds = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        MethodSpec.Builder method = MethodSpec.methodBuilder("findBy" + String.join("And", capitalized(key)))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), model.modelClass()));
        for (int i = 0; i < key.size(); i++) {
            ColumnDescriptor column = key.get(i);
            properties.add(column.property());
            columnNames.add(JavadocText.code(column.name()));
            fields.add(CodeBlock.of("$T.$N.$N", model.tableClass(), model.tableConstant(), column.fieldName()));
            binds.add(bind(column, CodeBlock.of("$L", i + 1), CodeBlock.of("$N", column.property()), false));
            method.addParameter(column.javaType(), column.property());
        }
        method.addJavadoc("The {@link $T} whose $L $L, if any (a null value matches nothing).\n", model.modelClass(),
                String.join(" and ", columnNames), key.size() == 1 ? "matches" : "match");
        CodeBlock binder = binds.size() == 1 ? binds.get(0)
                : CodeBlock.of("{\n$>$L;\n$<}", CodeBlock.join(binds, ";\n"));
        return method.addStatement("return findOneBy($T.of($L), (ps, types) -> $L, $L)", List.class,
                CodeBlock.join(fields, ", "), binder, String.join(", ", properties)).build();
    }

    private static List<String> capitalized(List<ColumnDescriptor> columns) {
        List<String> names = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            names.add(column.property().substring(0, 1).toUpperCase(Locale.ROOT) + column.property().substring(1));
        }
        return names;
    }

    /** For models with SQL defaults on nullable columns: whether the entity leaves one to the database. */
    private Optional<MethodSpec> hasUnsetDefaults() {
        List<CodeBlock> unset = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            if (!column.defaultValue().isEmpty() && !column.primitive() && !column.generated()) {
                unset.add(CodeBlock.of("$L == null", read(column, "entity")));
            }
        }
        if (unset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(protectedOverride("hasUnsetDefaults", boolean.class)
                .addParameter(model.modelClass(), "entity")
                .addStatement("return $L", CodeBlock.join(unset, "\n|| "))
                .build());
    }

    /**
     * For models with date-time columns: the entity with those cut to the microseconds every database keeps, in
     * place or through the constructor, like {@code withId}.
     */
    private Optional<MethodSpec> asStored() {
        List<ColumnDescriptor> dateTimes = model.columns().stream()
                .filter(c -> c.type().keepsMicroseconds() && c.converter() == null && c.embedding() == null)
                .toList();
        if (dateTimes.isEmpty()) {
            return Optional.empty();
        }
        MethodSpec.Builder method = protectedOverride("asStored", model.modelClass())
                .addParameter(model.modelClass(), "entity");
        Function<ColumnDescriptor, CodeBlock> stored = column -> dateTimes.contains(column)
                ? CodeBlock.of("$T.micros($L)", STORED_PRECISION, read(column, "entity")) : read(column, "entity");
        if (model.construction() == ModelDescriptor.Construction.NO_ARG) {
            for (ColumnDescriptor column : dateTimes) {
                method.addStatement(write(column, "entity", stored.apply(column)));
            }
            return Optional.of(method.addStatement("return entity").build());
        }
        return Optional.of(construct(method, stored).build());
    }

    private MethodSpec bindInsert() {
        MethodSpec.Builder method = protectedOverride("bindInsert", void.class)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(JDBC_TYPES, "types")
                .addParameter(model.modelClass(), "entity")
                .addParameter(int.class, "first")
                .addException(SQLException.class);
        int index = 0;
        for (ColumnDescriptor column : model.columns()) {
            if (!column.generated()) {
                CodeBlock value = column.version() && !column.primitive()
                        ? CodeBlock.of("$L == null ? 0 : $L", read(column, "entity"), read(column, "entity"))
                        : read(column, "entity");
                CodeBlock at = index == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", index);
                index++;
                method.addStatement(bind(column, at, value, !column.version() || column.primitive()));
            }
        }
        return method.build();
    }

    private MethodSpec bindUpdate() {
        MethodSpec.Builder method = protectedOverride("bindUpdate", void.class)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(JDBC_TYPES, "types")
                .addParameter(model.modelClass(), "entity")
                .addException(SQLException.class);
        int index = 1;
        for (ColumnDescriptor column : model.columns()) {
            if (!column.id()) {
                CodeBlock value = column.version() ? CodeBlock.of("$L + 1", currentVersion(column))
                        : read(column, "entity");
                method.addStatement(bind(column, CodeBlock.of("$L", index++), value, !column.version()));
            }
        }
        for (ColumnDescriptor id : model.ids()) {
            method.addStatement(bind(id, CodeBlock.of("$L", index++), read(id, "entity"), true));
        }
        model.version().ifPresent(version -> method.addStatement(
                bind(version, CodeBlock.of("$L", model.columns().size() + 1), currentVersion(version), false)));
        return method.build();
    }

    private CodeBlock currentVersion(ColumnDescriptor version) {
        return version.primitive() ? read(version, "entity")
                : CodeBlock.of("($L == null ? 0 : $L)", read(version, "entity"), read(version, "entity"));
    }

    private MethodSpec map() {
        MethodSpec.Builder method = protectedOverride("map", model.modelClass())
                .addParameter(ResultSet.class, "rs")
                .addParameter(JDBC_TYPES, "types")
                .addException(SQLException.class);
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < model.columns().size(); i++) {
            values.add(ModelRows.get(model.columns().get(i), CodeBlock.of("$L", i + 1), ModelRows.DAO));
        }
        return construct(method, column -> values.get(model.columns().indexOf(column))).build();
    }

    private MethodSpec withNextVersion(ColumnDescriptor version) {
        MethodSpec.Builder method = protectedOverride("withNextVersion", model.modelClass())
                .addParameter(model.modelClass(), "entity");
        CodeBlock next = version.type() == ColumnType.INT
                ? CodeBlock.of("$L + 1", currentVersion(version))
                : CodeBlock.of("$L + 1L", currentVersion(version));
        return copyWith(method, version, next).build();
    }

    /** Sets one property on the entity in place, or — when it can only be set by the constructor — copies it. */
    private MethodSpec.Builder copyWith(MethodSpec.Builder method, ColumnDescriptor changed, CodeBlock value) {
        if (model.construction() == ModelDescriptor.Construction.NO_ARG) {
            method.addStatement(write(changed, "entity", value));
            return method.addStatement("return entity");
        }
        return construct(method, column -> column == changed ? value : read(column, "entity"));
    }

    /**
     * Reads the record's values once, in column order, and casts each: a cast costs javac nothing, while one
     * overloaded, generic {@code record.get(FIELD)} per column was the costliest code of a DAO to compile.
     */
    private MethodSpec fromRecord() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromRecord")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.modelClass())
                .addParameter(TableWriter.RECORD, "record")
                .addStatement("Object[] values = values(record)");
        if (model.columns().stream().anyMatch(column -> column.javaType() instanceof ParameterizedTypeName
                || column.javaType() instanceof TypeVariableName)) {
            method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked").build());
        }
        return construct(method, column -> CodeBlock.of("($T) values[$L]", column.javaType(),
                model.columns().indexOf(column))).build();
    }

    /** The entity's values in column order, made into a record by the base class; see {@link #fromRecord()}. */
    private MethodSpec toRecord() {
        List<CodeBlock> values = model.columns().stream().map(column -> read(column, "entity")).toList();
        return MethodSpec.methodBuilder("toRecord")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TableWriter.RECORD)
                .addParameter(model.modelClass(), "entity")
                .addStatement("return record(\n$>$L$<)", CodeBlock.join(values, ",\n"))
                .build();
    }

    /** Creates an entity from one value per column; see {@link ModelRows#construct}. */
    private MethodSpec.Builder construct(MethodSpec.Builder method, Function<ColumnDescriptor, CodeBlock> value) {
        return ModelRows.construct(model, method, value, ModelRows.DAO);
    }

    static CodeBlock read(ColumnDescriptor column, String entity) {
        if (column.embedding() != null) {
            return EmbeddedCode.read(column, entity);
        }
        Accessor read = column.read();
        return read.kind() == Accessor.Kind.FIELD ? CodeBlock.of("$N.$N", entity, read.name())
                : CodeBlock.of("$N.$N()", entity, read.name());
    }

    static CodeBlock write(ColumnDescriptor column, String entity, CodeBlock value) {
        Accessor write = column.write();
        return write.kind() == Accessor.Kind.FIELD ? CodeBlock.of("$N.$N = $L", entity, write.name(), value)
                : CodeBlock.of("$N.$N($L)", entity, write.name(), value);
    }

    /**
     * Binds {@code value} at {@code index}: integral and boolean primitives straight through JDBC, everything else
     * through {@code JdbcTypes}, which handles NULL and the dialect's representation and refuses values the column
     * would not store exactly (NaN where the database has none, too long text, too many decimal digits, dates out
     * of range). Text and decimals pass their column's length, precision and scale as constants, so the check
     * needs no lookup.
     */
    static CodeBlock bind(ColumnDescriptor column, CodeBlock index, CodeBlock given, boolean asDeclared) {
        ColumnType type = column.type();
        CodeBlock value = ModelRows.toDatabase(column, given, ModelRows.DAO);
        boolean floating = type == ColumnType.DOUBLE || type == ColumnType.FLOAT;
        if ((column.primitive() && !floating) || (!asDeclared && column.version())) {
            return CodeBlock.of("ps.set$L($L, $L)", type.jdbcSuffix(), index, value);
        }
        return switch (type) {
            case STRING -> CodeBlock.of("types.setString(ps, $L, $L, $L)", index, value, column.length());
            case BIG_DECIMAL -> CodeBlock.of("types.setBigDecimal(ps, $L, $L, $L, $L)", index, value,
                    column.precision(), column.scale());
            default -> CodeBlock.of("types.set$L(ps, $L, $L)", type.jdbcSuffix(), index, value);
        };
    }

    private static MethodSpec.Builder protectedOverride(String name, java.lang.reflect.Type returns) {
        return protectedOverride(name, TypeName.get(returns));
    }

    private static MethodSpec.Builder protectedOverride(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(returns);
    }
}

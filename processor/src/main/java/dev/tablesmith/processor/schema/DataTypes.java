package dev.tablesmith.processor.schema;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.tablesmith.generated.JdbcTypesBinding;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.SqlType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Binding;
import org.jooq.DataType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Derives every form of a column's data type from its one description, the {@link SqlType} of its
 * {@link ColumnDescriptor}: the code the generated table builds it with ({@link #code}), the live jOOQ type the
 * processor renders the schema from ({@link #dataType}), and the snapshot's type name ({@link #typeName}). The code
 * names the {@code SQLDataType} and {@code JdbcTypesBinding} members whose values the live type is made of, looked
 * up by identity, so the DDL rendered at compile time is the DDL the generated table creates at run time.
 */
public final class DataTypes {
    private static final ClassName SQL_DATA_TYPE = ClassName.get(SQLDataType.class);
    private static final ClassName JDBC_TYPES_BINDING = ClassName.get(JdbcTypesBinding.class);
    private static final ClassName ENUM_CONVERTER = ClassName.get("org.jooq.impl", "EnumConverter");
    private static final ClassName DSL_CLASS = ClassName.get(DSL.class);
    private static final ClassName CONVERTED = ClassName.get("dev.tablesmith.generated", "Converted");
    private static final Map<Object, String> SQL_DATA_TYPES = constantNames(SQLDataType.class);
    private static final Map<Object, String> BINDINGS = constantNames(JdbcTypesBinding.class);

    private DataTypes() {
    }

    /**
     * The expression the generated table declares the column's data type with, such as
     * {@code SQLDataType.BIGINT.nullable(false)}.
     */
    public static CodeBlock code(ColumnDescriptor column) {
        CodeBlock type = code(column.sqlType());
        if (column.converter() != null) {
            type = CodeBlock.of("$L.asConvertedDataType($T.nullSafe(new $T()))", type, CONVERTED, column.converter());
        }
        CodeBlock.Builder definition = CodeBlock.builder().add(type);
        if (!column.nullable()) {
            definition.add(".nullable(false)");
        }
        if (column.generated()) {
            definition.add(".generatedByDefaultAsIdentity()");
        }
        if (!column.defaultValue().isEmpty()) {
            definition.add(".defaultValue($T.field($S, $L))", DSL_CLASS, column.defaultValue(), type);
        }
        return definition.build();
    }

    /**
     * The data type {@link #code} builds, as a live jOOQ object (an enum column as its text column; a converted
     * column as its database type: the converter cannot be loaded at compile time, and does not change the DDL).
     */
    public static DataType<?> dataType(ColumnDescriptor column) {
        return definition(dataType(column.sqlType()), column);
    }

    private static <T> DataType<T> definition(DataType<T> type, ColumnDescriptor column) {
        DataType<T> definition = type;
        if (!column.nullable()) {
            definition = definition.nullable(false);
        }
        if (column.generated()) {
            definition = definition.generatedByDefaultAsIdentity();
        }
        if (!column.defaultValue().isEmpty()) {
            definition = definition.defaultValue(DSL.field(column.defaultValue(), type));
        }
        return definition;
    }

    /** The column's type as the schema snapshot names it, e.g. {@code VARCHAR(255)} or {@code DECIMAL(19, 4)}. */
    public static String typeName(ColumnDescriptor column) {
        DataType<?> type = dataType(column.sqlType());
        String name = type.getTypeName().toUpperCase(Locale.ROOT);
        if (type.hasLength()) {
            return name + "(" + type.length() + ")";
        }
        if (type.hasPrecision() && type.hasScale()) {
            return name + "(" + type.precision() + ", " + type.scale() + ")";
        }
        return name;
    }

    /** The expression that builds {@code type}, e.g. {@code SQLDataType.VARCHAR(80)}. */
    static CodeBlock code(SqlType type) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L", SQL_DATA_TYPE, name(SQL_DATA_TYPES, type.constant()));
        if (!type.arguments().isEmpty()) {
            code.add("($L)", String.join(", ", type.arguments().stream().map(String::valueOf).toList()));
        }
        if (type.binding() != null) {
            code.add(".asConvertedDataType($T.$L)", JDBC_TYPES_BINDING, name(BINDINGS, type.binding()));
        }
        if (type.enumType() != null) {
            code.add(".asConvertedDataType(new $T<>($T.class, $T.class))", ENUM_CONVERTER, type.constant().getType(),
                    type.enumType());
        }
        return code.build();
    }

    /**
     * The type {@link #code(SqlType)} builds, made by calling the same members. An enum's converter is left out:
     * the enum class cannot be loaded at compile time, and it changes how values are bound, not the DDL.
     */
    static DataType<?> dataType(SqlType type) {
        DataType<?> base = type.arguments().isEmpty() ? type.constant() : factory(type);
        return type.binding() == null ? base : converted(base, type.binding());
    }

    /** {@code SQLDataType.NAME(arguments)}, the factory method named like the constant. */
    private static DataType<?> factory(SqlType type) {
        String name = name(SQL_DATA_TYPES, type.constant());
        Class<?>[] parameters = Collections.nCopies(type.arguments().size(), int.class).toArray(new Class<?>[0]);
        try {
            return (DataType<?>) SQLDataType.class.getMethod(name, parameters).invoke(null,
                    type.arguments().toArray());
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("SQLDataType has no method " + name + List.of(parameters), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> DataType<?> converted(DataType<T> type, Binding<?, ?> binding) {
        return type.asConvertedDataType((Binding<? super T, T>) binding);
    }

    private static String name(Map<Object, String> names, Object constant) {
        String name = names.get(constant);
        if (name == null) {
            throw new IllegalArgumentException(constant + " is not a public constant of SQLDataType or "
                    + "JdbcTypesBinding, so generated code cannot name it");
        }
        return name;
    }

    /**
     * The names of {@code owner}'s public static fields by value. A value under two names (jOOQ's aliases, such as
     * {@code OFFSETDATETIME} and {@code TIMESTAMPWITHTIMEZONE}) gets the first in alphabetical order, so the code is
     * the same whatever order reflection lists the fields in; the factory methods of aliases are aliases too.
     */
    private static Map<Object, String> constantNames(Class<?> owner) {
        Map<Object, String> names = new IdentityHashMap<>();
        for (Field field : owner.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                try {
                    Object value = field.get(null);
                    if (value != null) {
                        names.merge(value, field.getName(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}

package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code that reads a model from a result row, shared by the model's DAO and every query implementation returning
 * it, so that both read a row alike: a {@code @Convert} column as its database type through {@code JdbcTypes} and
 * then through the converter (NULL stays null), an {@code @Embedded} value from its columns (null when they are all
 * NULL), and the model through its constructor, or its no-argument constructor and writes. The generated class
 * declares the converters and embedded-value factories the code refers to, under the names its {@link Members} give.
 */
public final class ModelRows {
    private static final ClassName CONVERTED = ClassName.get("dev.tablesmith.generated", "Converted");

    /** The names, in the class holding the code, of the static members that reading one model refers to. */
    public interface Members {
        /** The static field holding the converter of the {@code @Convert} column {@code column}. */
        String converter(ColumnDescriptor column);

        /** The static factory creating the embedded value of {@code group}, the columns of one embedded property. */
        String factory(List<ColumnDescriptor> group);
    }

    /** The DAO's own names, for the only model it reads: {@code PRICE_CONVERTER}, {@code newShipTo}. */
    static final Members DAO = new Members() {
        @Override
        public String converter(ColumnDescriptor column) {
            return column.fieldName() + "_CONVERTER";
        }

        @Override
        public String factory(List<ColumnDescriptor> group) {
            return EmbeddedCode.factoryName("", group);
        }
    };

    private ModelRows() {
    }

    /** {@code private static final MoneyConverter name = new MoneyConverter()}. */
    public static FieldSpec converterField(ColumnDescriptor column, String name) {
        return FieldSpec.builder(column.converter(), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", column.converter()).build();
    }

    /** The factory {@code name} of {@code group}'s embedded value: null when every column is NULL. */
    public static MethodSpec factory(List<ColumnDescriptor> group, String name) {
        return EmbeddedCode.factory(group, name);
    }

    /** {@code newShipTo}, or with a {@code prefix} {@code newShipmentShipTo}: the name of a value factory. */
    public static String factoryName(String prefix, List<ColumnDescriptor> group) {
        return EmbeddedCode.factoryName(prefix, group);
    }

    /** The model's embedded properties with their columns, in table order. */
    public static Map<String, List<ColumnDescriptor>> embedded(ModelDescriptor model) {
        return EmbeddedCode.groups(model);
    }

    /**
     * Reads {@code column}'s value at {@code index} of {@code rs} (with {@code types}, the dialect's
     * {@code JdbcTypes}): integral and boolean primitives through JDBC, the rest through {@code JdbcTypes}, and a
     * converted column's database value through its converter.
     */
    public static CodeBlock get(ColumnDescriptor column, CodeBlock index, Members members) {
        if (column.converter() != null) {
            return CodeBlock.of("$T.from($N, types.get$L(rs, $L))", CONVERTED, members.converter(column),
                    column.type().jdbcSuffix(), index);
        }
        if (column.primitive()) {
            return CodeBlock.of("rs.get$L($L)", column.type().jdbcSuffix(), index);
        }
        if (column.type() == ColumnType.ENUM) {
            return CodeBlock.of("types.getEnum(rs, $L, $T::valueOf)", index, column.javaType());
        }
        return CodeBlock.of("types.get$L(rs, $L)", column.type().jdbcSuffix(), index);
    }

    /** The value to bind for {@code column}'s property value {@code value}: through its converter, if it has one. */
    public static CodeBlock toDatabase(ColumnDescriptor column, CodeBlock value, Members members) {
        return column.converter() == null ? value
                : CodeBlock.of("$T.to($N, $L)", CONVERTED, members.converter(column), value);
    }

    /**
     * Creates a model from one value per column, through the constructor or a no-arg constructor and writes,
     * embedded values through their factories. A constructor's {@code @Related} parameters get what {@code entity}
     * holds when the method has such a parameter (a copy keeps its loaded relations), else null (a row read has none
     * loaded).
     */
    public static MethodSpec.Builder construct(ModelDescriptor model, MethodSpec.Builder method,
            Function<ColumnDescriptor, CodeBlock> value, Members members) {
        var embedded = EmbeddedCode.groups(model);
        if (model.construction() == ModelDescriptor.Construction.CONSTRUCTOR) {
            boolean copy = method.build().parameters().stream().anyMatch(p -> p.name().equals("entity"));
            List<CodeBlock> arguments = new ArrayList<>();
            for (String property : model.constructorOrder()) {
                arguments.add(model.relation(property)
                        .map(relation -> copy ? RelationWriter.read(relation, "entity") : CodeBlock.of("null"))
                        .orElseGet(() -> embedded.containsKey(property)
                                ? create(embedded.get(property), value, members)
                                : value.apply(column(model, property))));
            }
            return method.addStatement("return new $T(\n$>$L$<)", model.modelClass(),
                    CodeBlock.join(arguments, ",\n"));
        }
        method.addStatement("$T entity = new $T()", model.modelClass(), model.modelClass());
        for (ColumnDescriptor column : model.columns()) {
            if (column.embedding() == null) {
                method.addStatement(DaoWriter.write(column, "entity", value.apply(column)));
            } else if (embedded.get(column.embedding().property()).get(0) == column) {
                List<ColumnDescriptor> group = embedded.get(column.embedding().property());
                method.addStatement(EmbeddedCode.assign(group, "entity", create(group, value, members)));
            }
        }
        return method.addStatement("return entity");
    }

    private static CodeBlock create(List<ColumnDescriptor> group, Function<ColumnDescriptor, CodeBlock> value,
            Members members) {
        return EmbeddedCode.create(group, value, members.factory(group));
    }

    private static ColumnDescriptor column(ModelDescriptor model, String property) {
        return model.columns().stream().filter(c -> c.property().equals(property)).findFirst().orElseThrow();
    }
}

package dev.tablesmith.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jooq.Binding;
import org.jooq.DataType;

/**
 * The SQL type of one column, stated once. {@code DataTypes} derives every form of it from this description: the
 * code that builds the type in the generated table, the live jOOQ type the processor renders the schema from, and
 * the type name of the schema snapshot. Both the code and the live type call the same {@code SQLDataType} members,
 * found by the identity of {@link #constant}, so they cannot disagree.
 *
 * @param constant  a constant of jOOQ's {@code SQLDataType}, such as {@code SQLDataType.VARCHAR}
 * @param arguments the arguments of the {@code SQLDataType} factory method named like the constant (a length, a
 *                  precision, or a precision and a scale), as in {@code SQLDataType.VARCHAR(80)}; empty to use the
 *                  constant itself
 * @param binding   the {@code JdbcTypesBinding} constant that binds the column's values as the DAOs do, or
 *                  {@code null} for jOOQ's own binding
 * @param enumType  for an enum column, the enum stored by constant name; else {@code null}
 */
public record SqlType(DataType<?> constant, List<Integer> arguments, Binding<?, ?> binding, TypeName enumType) {
    public SqlType {
        arguments = List.copyOf(arguments);
    }
}

package dev.tablesmith.processor.queries;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.processor.ModelRows;
import dev.tablesmith.processor.model.ColumnDescriptor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generated helpers of a method returning {@code CursoredPage}: the ordering columns' {@code TableField}s (which
 * name the cursor's values and convert them back), a reader taking a row's ordering values for its cursor, and a
 * binder putting a cursor's values at the keyset placeholders.
 */
final class KeysetMethods {
    private static final ClassName JDBC_TYPES = ClassName.get("dev.tablesmith.generated", "JdbcTypes");
    private static final TypeName OBJECTS = ParameterizedTypeName.get(List.class, Object.class);

    private KeysetMethods() {
    }

    /** {@code List.of(TaskTable.TASK.MEMBER_ID, TaskTable.TASK.ID)}. */
    static CodeBlock fields(CompiledQuery.Keyset keyset) {
        List<CodeBlock> fields = new ArrayList<>();
        for (ColumnDescriptor column : keyset.keys()) {
            fields.add(CodeBlock.of("$T.$N.$N", keyset.model().tableClass(), keyset.model().tableConstant(),
                    column.fieldName()));
        }
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(fields, ", "));
    }

    /** Reads the ordering columns of the current row, in ordering order. */
    static MethodSpec reader(CompiledQuery.Keyset keyset, String name) {
        List<CodeBlock> values = new ArrayList<>();
        for (int k = 0; k < keyset.keys().size(); k++) {
            values.add(QueriesWriter.read(slot(keyset.keys().get(k)), keyset.positions().get(k)));
        }
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(OBJECTS)
                .addParameter(ResultSet.class, "rs")
                .addParameter(JDBC_TYPES, "types")
                .addException(SQLException.class)
                .addStatement("return $T.asList($L)", Arrays.class, CodeBlock.join(values, ", "))
                .build();
    }

    /**
     * Binds key {@code k} of a cursor at the placeholders of parameter {@code from + k}. A cursor holds the values
     * its columns' {@code TableField}s convert to, so a {@code @Convert} column's key goes back through the
     * converter ({@code members} names it).
     */
    static MethodSpec binder(CompiledQuery.Keyset keyset, String name, ModelRows.Members members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(PreparedStatement.class, "ps")
                .addParameter(JDBC_TYPES, "types")
                .addParameter(int[][].class, "at")
                .addParameter(int.class, "from")
                .addParameter(OBJECTS, "keys")
                .addException(SQLException.class);
        for (int k = 0; k < keyset.keys().size(); k++) {
            ColumnDescriptor column = keyset.keys().get(k);
            TypeName type = column.javaType();
            String key = "key" + k;
            if (column.converter() == null) {
                method.addStatement("$T $N = ($T) keys.get($L)", type, key, type.box(), k);
            } else {
                // The converter's database type, which the column type's JdbcTypes method binds.
                method.addStatement("var $N = $L", key,
                        ModelRows.toDatabase(column, CodeBlock.of("($T) keys.get($L)", type, k), members));
            }
            method.addStatement("for (int i : at[$L]) $L", k == 0 ? "from" : "from + " + k, QueriesWriter.bind(
                    column.type(), type.isPrimitive(), CodeBlock.of("$N", key), "ps", "types", "i"));
        }
        return method.build();
    }

    private static ResultTarget.Slot slot(ColumnDescriptor column) {
        return new ResultTarget.Slot(column.property(), column.name(), column.javaType(), column.type(), column);
    }
}

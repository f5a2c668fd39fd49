package dev.tablesmith.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tablesmith.generated.JdbcTypesBinding;
import dev.tablesmith.processor.model.ColumnType;
import dev.tablesmith.processor.model.SqlType;
import java.util.Map;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/**
 * Each column type's one description yields generated code and a live jOOQ type that are the same type: the code
 * is spelled exactly as the generated tables (and their golden files) spell it, and the live type is what that
 * code evaluates to.
 */
class DataTypesTest {
    private static final TypeName STATUS = ClassName.get("com.example", "Status");

    /** What the code of each type, sized {@code length = 80, precision = 10, scale = 2}, evaluates to. */
    private static final Map<ColumnType, DataType<?>> EVALUATED = Map.ofEntries(
            Map.entry(ColumnType.LONG, SQLDataType.BIGINT),
            Map.entry(ColumnType.INT, SQLDataType.INTEGER),
            Map.entry(ColumnType.SHORT, SQLDataType.SMALLINT),
            Map.entry(ColumnType.BOOLEAN, SQLDataType.BOOLEAN),
            Map.entry(ColumnType.DOUBLE, SQLDataType.DOUBLE),
            Map.entry(ColumnType.FLOAT, SQLDataType.REAL),
            Map.entry(ColumnType.STRING, SQLDataType.VARCHAR(80)),
            Map.entry(ColumnType.BIG_DECIMAL, SQLDataType.DECIMAL(10, 2)),
            Map.entry(ColumnType.INSTANT, SQLDataType.INSTANT(6).asConvertedDataType(JdbcTypesBinding.INSTANT)),
            Map.entry(ColumnType.LOCAL_DATE, SQLDataType.LOCALDATE.asConvertedDataType(JdbcTypesBinding.LOCAL_DATE)),
            Map.entry(ColumnType.LOCAL_DATE_TIME,
                    SQLDataType.LOCALDATETIME(6).asConvertedDataType(JdbcTypesBinding.LOCAL_DATE_TIME)),
            Map.entry(ColumnType.OFFSET_DATE_TIME,
                    SQLDataType.OFFSETDATETIME(6).asConvertedDataType(JdbcTypesBinding.OFFSET_DATE_TIME)),
            Map.entry(ColumnType.LOCAL_TIME, SQLDataType.LOCALTIME(6).asConvertedDataType(JdbcTypesBinding.LOCAL_TIME)),
            Map.entry(ColumnType.DURATION, SQLDataType.BIGINT.asConvertedDataType(JdbcTypesBinding.DURATION)),
            Map.entry(ColumnType.UUID, SQLDataType.UUID),
            Map.entry(ColumnType.BYTES, SQLDataType.BLOB),
            Map.entry(ColumnType.ENUM, SQLDataType.VARCHAR(80)),
            Map.entry(ColumnType.JSON, SQLDataType.JSONB.asConvertedDataType(JdbcTypesBinding.JSON)));

    private static final Map<ColumnType, String> CODE = Map.ofEntries(
            Map.entry(ColumnType.LONG, "SQLDataType.BIGINT"),
            Map.entry(ColumnType.INT, "SQLDataType.INTEGER"),
            Map.entry(ColumnType.SHORT, "SQLDataType.SMALLINT"),
            Map.entry(ColumnType.BOOLEAN, "SQLDataType.BOOLEAN"),
            Map.entry(ColumnType.DOUBLE, "SQLDataType.DOUBLE"),
            Map.entry(ColumnType.FLOAT, "SQLDataType.REAL"),
            Map.entry(ColumnType.STRING, "SQLDataType.VARCHAR(80)"),
            Map.entry(ColumnType.BIG_DECIMAL, "SQLDataType.DECIMAL(10, 2)"),
            Map.entry(ColumnType.INSTANT, "SQLDataType.INSTANT(6).asConvertedDataType(JdbcTypesBinding.INSTANT)"),
            Map.entry(ColumnType.LOCAL_DATE, "SQLDataType.LOCALDATE.asConvertedDataType(JdbcTypesBinding.LOCAL_DATE)"),
            Map.entry(ColumnType.LOCAL_DATE_TIME,
                    "SQLDataType.LOCALDATETIME(6).asConvertedDataType(JdbcTypesBinding.LOCAL_DATE_TIME)"),
            Map.entry(ColumnType.OFFSET_DATE_TIME,
                    "SQLDataType.OFFSETDATETIME(6).asConvertedDataType(JdbcTypesBinding.OFFSET_DATE_TIME)"),
            Map.entry(ColumnType.LOCAL_TIME, "SQLDataType.LOCALTIME(6).asConvertedDataType(JdbcTypesBinding.LOCAL_TIME)"),
            Map.entry(ColumnType.DURATION, "SQLDataType.BIGINT.asConvertedDataType(JdbcTypesBinding.DURATION)"),
            Map.entry(ColumnType.UUID, "SQLDataType.UUID"),
            Map.entry(ColumnType.BYTES, "SQLDataType.BLOB"),
            Map.entry(ColumnType.ENUM,
                    "SQLDataType.VARCHAR(80).asConvertedDataType(new EnumConverter<>(String.class, Status.class))"),
            Map.entry(ColumnType.JSON, "SQLDataType.JSONB.asConvertedDataType(JdbcTypesBinding.JSON)"));

    private static SqlType sqlType(ColumnType type) {
        return type.sqlType(80, 10, 2, STATUS);
    }

    @Test
    void everyTypeIsCoveredHere() {
        assertThat(EVALUATED.keySet()).containsExactlyElementsIn(ColumnType.values());
        assertThat(CODE.keySet()).containsExactlyElementsIn(ColumnType.values());
    }

    @Test
    void theCodeNamesTheMembersTheTypeIsMadeOf() {
        for (ColumnType type : ColumnType.values()) {
            String code = DataTypes.code(sqlType(type)).toString()
                    .replace("org.jooq.impl.", "").replace("dev.tablesmith.generated.", "")
                    .replace("java.lang.", "").replace("com.example.", "");
            assertThat(code).isEqualTo(CODE.get(type));
        }
    }

    @Test
    void theLiveTypeIsWhatTheCodeEvaluatesTo() {
        for (ColumnType type : ColumnType.values()) {
            DataType<?> live = DataTypes.dataType(sqlType(type));
            DataType<?> evaluated = EVALUATED.get(type);
            assertThat(live.getTypeName()).isEqualTo(evaluated.getTypeName());
            assertThat(live.getType()).isEqualTo(evaluated.getType());
            assertThat(live.lengthDefined() ? live.length() : -1)
                    .isEqualTo(evaluated.lengthDefined() ? evaluated.length() : -1);
            assertThat(live.precisionDefined() ? live.precision() : -1)
                    .isEqualTo(evaluated.precisionDefined() ? evaluated.precision() : -1);
            assertThat(live.scaleDefined() ? live.scale() : -1)
                    .isEqualTo(evaluated.scaleDefined() ? evaluated.scale() : -1);
            assertThat(live.getBinding().getClass()).isEqualTo(evaluated.getBinding().getClass());
            assertThat(live.getSQLDataType()).isEqualTo(evaluated.getSQLDataType());
        }
    }
}

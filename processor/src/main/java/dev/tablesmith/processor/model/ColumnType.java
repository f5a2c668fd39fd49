package dev.tablesmith.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Java types a column can have, with what the generated code needs for each: the jOOQ data type that
 * defines the column, and the {@code JdbcTypes} methods (or, for integral and boolean primitives, the plain JDBC
 * methods) that bind and read it.
 */
public enum ColumnType {
    LONG("long", "java.lang.Long", "Long", "BIGINT"),
    INT("int", "java.lang.Integer", "Int", "INTEGER"),
    SHORT("short", "java.lang.Short", "Short", "SMALLINT"),
    BOOLEAN("boolean", "java.lang.Boolean", "Boolean", "BOOLEAN"),
    DOUBLE("double", "java.lang.Double", "Double", "DOUBLE"),
    FLOAT("float", "java.lang.Float", "Float", "REAL"),
    STRING(null, "java.lang.String", "String", null),
    BIG_DECIMAL(null, "java.math.BigDecimal", "BigDecimal", null),
    INSTANT(null, "java.time.Instant", "Instant", "INSTANT(6)"),
    LOCAL_DATE(null, "java.time.LocalDate", "LocalDate", "LOCALDATE"),
    LOCAL_DATE_TIME(null, "java.time.LocalDateTime", "LocalDateTime", "LOCALDATETIME(6)"),
    UUID(null, "java.util.UUID", "Uuid", "UUID"),
    BYTES(null, "byte[]", "Bytes", "BLOB"),
    ENUM(null, null, "Enum", null);

    private static final ClassName SQL_DATA_TYPE = ClassName.get("org.jooq.impl", "SQLDataType");
    private static final ClassName JDBC_TYPES_BINDING = ClassName.get("dev.tablesmith.generated", "JdbcTypesBinding");
    private static final ClassName ENUM_CONVERTER = ClassName.get("org.jooq.impl", "EnumConverter");

    private final String primitive;
    private final String boxed;
    private final String jdbcSuffix;
    private final String sqlDataType;

    ColumnType(String primitive, String boxed, String jdbcSuffix, String sqlDataType) {
        this.primitive = primitive;
        this.boxed = boxed;
        this.jdbcSuffix = jdbcSuffix;
        this.sqlDataType = sqlDataType;
    }

    /** The primitive spelling, e.g. {@code long}, or {@code null}. */
    public String primitive() {
        return primitive;
    }

    /** The qualified name of the reference type, e.g. {@code java.lang.Long}; {@code null} for enums. */
    public String boxed() {
        return boxed;
    }

    /** The suffix of the {@code JdbcTypes.setX/getX} (and, for primitives, {@code PreparedStatement.setX}) methods. */
    public String jdbcSuffix() {
        return jdbcSuffix;
    }

    /** Whether the database can generate values of this type for an id. */
    public boolean integral() {
        return this == LONG || this == INT;
    }

    /** The jOOQ {@code DataType} expression defining a column of this type (before nullability and defaults). */
    public CodeBlock dataType(ColumnDescriptor column) {
        return switch (this) {
            case STRING -> CodeBlock.of("$T.VARCHAR($L)", SQL_DATA_TYPE, column.length());
            case BIG_DECIMAL -> CodeBlock.of("$T.DECIMAL($L, $L)", SQL_DATA_TYPE, column.precision(), column.scale());
            // Bound through JdbcTypes, like the DAOs, instead of jOOQ's own binding for these types.
            case INSTANT -> CodeBlock.of("$T.INSTANT(6).asConvertedDataType($T.INSTANT)", SQL_DATA_TYPE,
                    JDBC_TYPES_BINDING);
            case LOCAL_DATE -> CodeBlock.of("$T.LOCALDATE.asConvertedDataType($T.LOCAL_DATE)", SQL_DATA_TYPE,
                    JDBC_TYPES_BINDING);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.LOCALDATETIME(6).asConvertedDataType($T.LOCAL_DATE_TIME)",
                    SQL_DATA_TYPE, JDBC_TYPES_BINDING);
            case ENUM -> CodeBlock.of("$T.VARCHAR($L).asConvertedDataType(new $T<>($T.class, $T.class))",
                    SQL_DATA_TYPE, column.length(), ENUM_CONVERTER, String.class, column.javaType());
            default -> CodeBlock.of("$T.$L", SQL_DATA_TYPE, sqlDataType);
        };
    }

    /**
     * The same data type as {@link #dataType(ColumnDescriptor)} generates, as a live jOOQ object, for rendering the
     * schema at compile time (enums as their text column: the converter does not change the DDL).
     */
    public org.jooq.DataType<?> jooqType(ColumnDescriptor column) {
        return switch (this) {
            case LONG -> org.jooq.impl.SQLDataType.BIGINT;
            case INT -> org.jooq.impl.SQLDataType.INTEGER;
            case SHORT -> org.jooq.impl.SQLDataType.SMALLINT;
            case BOOLEAN -> org.jooq.impl.SQLDataType.BOOLEAN;
            case DOUBLE -> org.jooq.impl.SQLDataType.DOUBLE;
            case FLOAT -> org.jooq.impl.SQLDataType.REAL;
            case STRING, ENUM -> org.jooq.impl.SQLDataType.VARCHAR(column.length());
            case BIG_DECIMAL -> org.jooq.impl.SQLDataType.DECIMAL(column.precision(), column.scale());
            case INSTANT -> org.jooq.impl.SQLDataType.INSTANT(6)
                    .asConvertedDataType(dev.tablesmith.generated.JdbcTypesBinding.INSTANT);
            case LOCAL_DATE -> org.jooq.impl.SQLDataType.LOCALDATE
                    .asConvertedDataType(dev.tablesmith.generated.JdbcTypesBinding.LOCAL_DATE);
            case LOCAL_DATE_TIME -> org.jooq.impl.SQLDataType.LOCALDATETIME(6)
                    .asConvertedDataType(dev.tablesmith.generated.JdbcTypesBinding.LOCAL_DATE_TIME);
            case UUID -> org.jooq.impl.SQLDataType.UUID;
            case BYTES -> org.jooq.impl.SQLDataType.BLOB;
        };
    }

    /** A readable list of the supported Java types, for error messages. */
    public static String supportedList() {
        return Arrays.stream(values())
                .map(type -> type == ENUM ? "enums"
                        : type.primitive != null ? type.primitive + "/" + simple(type.boxed) : simple(type.boxed))
                .collect(Collectors.joining(", "));
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}

package dev.tablesmith.processor.model;

import com.palantir.javapoet.TypeName;
import dev.tablesmith.generated.JdbcTypesBinding;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Binding;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * The Java types a column can have, with what the generated code needs for each: the SQL type that defines the
 * column ({@link #sqlType}), and the {@code JdbcTypes} methods (or, for integral and boolean primitives, the plain
 * JDBC methods) that bind and read it.
 */
public enum ColumnType {
    LONG("long", "java.lang.Long", "Long", SQLDataType.BIGINT, Size.NONE, null),
    INT("int", "java.lang.Integer", "Int", SQLDataType.INTEGER, Size.NONE, null),
    SHORT("short", "java.lang.Short", "Short", SQLDataType.SMALLINT, Size.NONE, null),
    BOOLEAN("boolean", "java.lang.Boolean", "Boolean", SQLDataType.BOOLEAN, Size.NONE, null),
    DOUBLE("double", "java.lang.Double", "Double", SQLDataType.DOUBLE, Size.NONE, null),
    FLOAT("float", "java.lang.Float", "Float", SQLDataType.REAL, Size.NONE, null),
    STRING(null, "java.lang.String", "String", SQLDataType.VARCHAR, Size.LENGTH, null),
    BIG_DECIMAL(null, "java.math.BigDecimal", "BigDecimal", SQLDataType.DECIMAL, Size.PRECISION_AND_SCALE, null),
    // Date-times are bound through JdbcTypes, like the DAOs bind them, instead of jOOQ's own binding for them.
    INSTANT(null, "java.time.Instant", "Instant", SQLDataType.INSTANT, Size.MICROSECONDS,
            JdbcTypesBinding.INSTANT),
    LOCAL_DATE(null, "java.time.LocalDate", "LocalDate", SQLDataType.LOCALDATE, Size.NONE,
            JdbcTypesBinding.LOCAL_DATE),
    LOCAL_DATE_TIME(null, "java.time.LocalDateTime", "LocalDateTime", SQLDataType.LOCALDATETIME,
            Size.MICROSECONDS, JdbcTypesBinding.LOCAL_DATE_TIME),
    /** Stored as its instant, read back at UTC (see {@code JdbcTypes.setOffsetDateTime}). */
    OFFSET_DATE_TIME(null, "java.time.OffsetDateTime", "OffsetDateTime", SQLDataType.OFFSETDATETIME,
            Size.MICROSECONDS, JdbcTypesBinding.OFFSET_DATE_TIME),
    LOCAL_TIME(null, "java.time.LocalTime", "LocalTime", SQLDataType.LOCALTIME, Size.MICROSECONDS,
            JdbcTypesBinding.LOCAL_TIME),
    /** A {@code BIGINT} of nanoseconds. */
    DURATION(null, "java.time.Duration", "Duration", SQLDataType.BIGINT, Size.NONE, JdbcTypesBinding.DURATION),
    UUID(null, "java.util.UUID", "Uuid", SQLDataType.UUID, Size.NONE, null),
    BYTES(null, "byte[]", "Bytes", SQLDataType.BLOB, Size.NONE, null),
    /** Stored as its constant's name, in a text column. */
    ENUM(null, null, "Enum", SQLDataType.VARCHAR, Size.LENGTH, null),
    /** A {@code String} declared {@code @Json}: {@code jsonb} on PostgreSQL, text elsewhere (see {@code SchemaDdl}). */
    JSON(null, null, "Json", SQLDataType.JSONB, Size.NONE, JdbcTypesBinding.JSON);

    /** Which of a column's sizes its SQL type takes. */
    private enum Size {
        NONE,
        /** {@code @Column(length)}. */
        LENGTH,
        /** {@code @Column(precision, scale)}. */
        PRECISION_AND_SCALE,
        /** Fractional seconds to the microsecond, which every supported database keeps. */
        MICROSECONDS
    }

    private final String primitive;
    private final String boxed;
    private final String jdbcSuffix;
    private final DataType<?> sqlDataType;
    private final Size size;
    private final Binding<?, ?> binding;

    ColumnType(String primitive, String boxed, String jdbcSuffix, DataType<?> sqlDataType, Size size,
            Binding<?, ?> binding) {
        this.primitive = primitive;
        this.boxed = boxed;
        this.jdbcSuffix = jdbcSuffix;
        this.sqlDataType = sqlDataType;
        this.size = size;
        this.binding = binding;
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

    /**
     * The SQL type of a column of this type with the given sizes (those it does not take are ignored); an enum
     * column also names its enum, {@code javaType}.
     */
    public SqlType sqlType(int length, int precision, int scale, TypeName javaType) {
        List<Integer> arguments = switch (size) {
            case NONE -> List.of();
            case LENGTH -> List.of(length);
            case PRECISION_AND_SCALE -> List.of(precision, scale);
            case MICROSECONDS -> List.of(6);
        };
        return new SqlType(sqlDataType, arguments, binding, this == ENUM ? javaType : null);
    }

    /**
     * Whether the column keeps date-times or times to the microsecond, so that the DAO cuts finer digits before
     * writing (see {@code StoredPrecision}).
     */
    public boolean keepsMicroseconds() {
        return size == Size.MICROSECONDS;
    }

    /** A readable list of the supported Java types, for error messages. */
    public static String supportedList() {
        return Arrays.stream(values())
                .filter(type -> type != JSON)
                .map(type -> type == ENUM ? "enums"
                        : type.primitive != null ? type.primitive + "/" + simple(type.boxed) : simple(type.boxed))
                .collect(Collectors.joining(", "));
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}

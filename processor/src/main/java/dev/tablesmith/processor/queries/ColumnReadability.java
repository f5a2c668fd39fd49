package dev.tablesmith.processor.queries;

import dev.tablesmith.processor.model.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Which result columns a Java type can be read from, judged by the Java type jOOQ gives the column: a {@code long}
 * reads any integer (a {@code count(*)} included), a {@code String} reads text, and so on. A column whose type jOOQ
 * does not know (an expression it cannot type) is read as declared: the database will say at run time.
 */
final class ColumnReadability {
    private static final Set<Class<?>> INTEGERS = Set.of(Long.class, Integer.class, Short.class, Byte.class,
            BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Long.class, Integer.class, Short.class, Byte.class,
            BigInteger.class, BigDecimal.class, Double.class, Float.class);

    private ColumnReadability() {
    }

    static boolean readable(Class<?> column, ColumnType target) {
        if (column == Object.class) {
            return true;
        }
        return switch (target) {
            case LONG -> INTEGERS.contains(column);
            case INT -> Set.of(Integer.class, Short.class, Byte.class).contains(column);
            case SHORT -> Set.of(Short.class, Byte.class).contains(column);
            case DOUBLE, BIG_DECIMAL -> NUMBERS.contains(column);
            case FLOAT -> Set.of(Float.class, Short.class, Byte.class).contains(column);
            case BOOLEAN -> column == Boolean.class;
            case STRING, ENUM -> column == String.class;
            case INSTANT -> Set.of(Instant.class, OffsetDateTime.class, Timestamp.class).contains(column);
            case LOCAL_DATE_TIME -> Set.of(LocalDateTime.class, Timestamp.class).contains(column);
            case LOCAL_DATE -> Set.of(LocalDate.class, java.sql.Date.class).contains(column);
            case OFFSET_DATE_TIME -> Set.of(OffsetDateTime.class, Instant.class, Timestamp.class).contains(column);
            case LOCAL_TIME -> Set.of(java.time.LocalTime.class, java.sql.Time.class).contains(column);
            case DURATION -> column == java.time.Duration.class;
            case JSON -> column == String.class || column == org.jooq.JSON.class || column == org.jooq.JSONB.class;
            case UUID -> column == UUID.class;
            case BYTES -> column == byte[].class;
        };
    }
}

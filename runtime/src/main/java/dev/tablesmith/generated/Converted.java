package dev.tablesmith.generated;

import org.jooq.Converter;

/**
 * Applies a {@code @Convert} converter for generated DAOs, keeping NULL out of it: a null field is a NULL column
 * and the other way round, so converters written for values only work. For generated code.
 */
public final class Converted {
    private Converted() {
    }

    /** The value to bind for the field value {@code value}. */
    public static <T, U> T to(Converter<T, U> converter, U value) {
        return value == null ? null : converter.to(value);
    }

    /** The field value for the column value {@code value}. */
    public static <T, U> U from(Converter<T, U> converter, T value) {
        return value == null ? null : converter.from(value);
    }

    /** {@code converter} for a generated table's field: jOOQ's reads and binds keep NULL out of it too. */
    public static <T, U> Converter<T, U> nullSafe(Converter<T, U> converter) {
        return Converter.ofNullable(converter.fromType(), converter.toType(), converter::from, converter::to);
    }
}

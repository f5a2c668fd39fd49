package dev.tablesmith;

import java.util.Locale;

/**
 * What a column's SQL type is, as far as a schema comparison can trust it on every database: the family of the
 * type and its size. Both sides of a comparison go through {@link #of}: the type name the database reports for a
 * live column, and the type name jOOQ renders for the model's column in the same dialect. Synonyms
 * ({@code float8} and {@code double precision}, {@code timestamptz} and {@code timestamp with time zone}) thus
 * compare equal, and so do the types a database substitutes ({@code boolean} as MariaDB's {@code tinyint(1)}, {@code json}
 * as its {@code longtext}). PostgreSQL's {@code jsonb} is its own family: a text column there would refuse JSON
 * operators.
 *
 * @param kind      the family
 * @param bits      an integer's width in bits, 0 when not an integer or not known
 * @param length    a text's maximum length, 0 when unbounded or not known
 * @param precision a decimal's precision, 0 when not known
 * @param scale     a decimal's scale
 */
record TypeFamily(Kind kind, int bits, int length, int precision, int scale) {
    /** The families. Floating-point types are one: databases substitute one for the other freely. */
    enum Kind {
        INTEGER, BOOLEAN, DECIMAL, FLOATING, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, UUID, BINARY, JSON, OTHER
    }

    /** The family of a type name such as {@code varchar(80)}, {@code int8} or {@code timestamp(6) with time zone}. */
    static TypeFamily of(String typeName, int size, int digits) {
        String name = typeName.toLowerCase(Locale.ROOT).strip();
        String base = name.replaceAll("\\(.*?\\)", "").replaceAll("\\s+", " ").strip();
        int[] declared = declaredSize(name);
        if (base.startsWith("tinyint") && declared[0] == 1 || base.equals("bool") || base.equals("boolean")
                || base.equals("bit")) {
            return new TypeFamily(Kind.BOOLEAN, 0, 0, 0, 0);
        }
        switch (base) {
            case "smallint", "int2", "smallserial" -> {
                return integer(16);
            }
            case "int", "integer", "int4", "mediumint", "serial" -> {
                return integer(32);
            }
            case "bigint", "int8", "bigserial" -> {
                return integer(64);
            }
            case "tinyint" -> {
                return integer(8);
            }
            case "real", "float", "float4", "float8", "double", "double precision", "decfloat" -> {
                return new TypeFamily(Kind.FLOATING, 0, 0, 0, 0);
            }
            case "numeric", "decimal", "number" -> {
                int precision = declared[0] > 0 ? declared[0] : size;
                int scale = declared[0] > 0 ? declared[1] : digits;
                return new TypeFamily(Kind.DECIMAL, 0, 0, precision, scale);
            }
            case "date" -> {
                return new TypeFamily(Kind.DATE, 0, 0, 0, 0);
            }
            case "time", "time without time zone" -> {
                return new TypeFamily(Kind.TIME, 0, 0, 0, 0);
            }
            case "timestamp", "timestamp without time zone", "datetime" -> {
                return new TypeFamily(Kind.TIMESTAMP, 0, 0, 0, 0);
            }
            case "timestamptz", "timestamp with time zone" -> {
                return new TypeFamily(Kind.TIMESTAMP_TZ, 0, 0, 0, 0);
            }
            case "jsonb" -> {
                return new TypeFamily(Kind.JSON, 0, 0, 0, 0);
            }
            case "uuid" -> {
                return new TypeFamily(Kind.UUID, 0, 0, 0, 0);
            }
            case "varchar", "character varying", "char", "character", "nvarchar", "nchar", "varchar2", "text",
                    "clob", "character large object", "longtext", "json", "mediumtext", "tinytext",
                    "varchar_ignorecase" -> {
                int length = declared[0] > 0 ? declared[0] : size;
                return new TypeFamily(Kind.TEXT, 0, length > 0 && length < 1_000_000_000 ? length : 0, 0, 0);
            }
            case "bytea", "blob", "binary", "varbinary", "binary varying", "binary large object", "longblob",
                    "mediumblob", "tinyblob", "bytes" -> {
                return new TypeFamily(Kind.BINARY, 0, 0, 0, 0);
            }
            default -> {
                return new TypeFamily(Kind.OTHER, 0, 0, 0, 0);
            }
        }
    }

    private static TypeFamily integer(int bits) {
        return new TypeFamily(Kind.INTEGER, bits, 0, 0, 0);
    }

    /** The numbers in a declared type's parentheses: {@code decimal(10, 2)} gives 10 and 2; 0 when absent. */
    private static int[] declaredSize(String name) {
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        int[] size = new int[2];
        if (open < 0 || close < 0) {
            return size;
        }
        String[] parts = name.substring(open + 1, close).split(",");
        for (int i = 0; i < Math.min(2, parts.length); i++) {
            try {
                size[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                size[i] = 0;
            }
        }
        return size;
    }

    /**
     * Whether a live column of this family stores what a model column of {@code expected} needs, judging only
     * what {@code strict} databases enforce: SQLite declares types but keeps any value in any column, so there only
     * the family counts, with all integers one family.
     */
    boolean matches(TypeFamily expected, boolean strict) {
        if (kind != expected.kind) {
            return false;
        }
        if (!strict) {
            return true;
        }
        return switch (kind) {
            case INTEGER -> bits == expected.bits || bits == 0 || expected.bits == 0;
            case TEXT -> length == expected.length || length == 0 || expected.length == 0;
            case DECIMAL -> expected.precision == 0 || precision == expected.precision && scale == expected.scale;
            default -> true;
        };
    }

    /** How a difference report names this type. */
    String describe() {
        return switch (kind) {
            case INTEGER -> bits + "-bit integer";
            case TEXT -> length > 0 ? "text of " + length : "text";
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}

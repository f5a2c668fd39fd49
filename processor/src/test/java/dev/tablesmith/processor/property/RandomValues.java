package dev.tablesmith.processor.property;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/** Random values of the supported field types, within what each column type stores exactly, and their comparison. */
final class RandomValues {
    static final String[] TYPES = {"long", "int", "short", "boolean", "double", "float", "Long", "Integer", "Short",
        "Boolean", "Double", "Float", "String", "java.math.BigDecimal", "java.time.Instant", "java.time.LocalDate",
        "java.time.LocalDateTime", "java.util.UUID", "byte[]", "Color"};

    private RandomValues() {
    }

    static Object of(String type, boolean nullable, Random random, Class<?> colorEnum) {
        if (nullable && random.nextInt(5) == 0) {
            return null;
        }
        return switch (type) {
            case "long", "Long" -> random.nextLong();
            case "int", "Integer" -> random.nextInt();
            case "short", "Short" -> (short) random.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
            case "boolean", "Boolean" -> random.nextBoolean();
            case "double", "Double" -> random.nextDouble() * 1e6;
            case "float", "Float" -> random.nextFloat();
            case "String" -> text(random);
            case "java.math.BigDecimal" -> BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L, 4);
            case "java.time.Instant" -> Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L),
                    random.nextInt(1_000_000) * 1_000L);
            case "java.time.LocalDate" -> LocalDate.ofEpochDay(random.nextInt(0, 60_000));
            case "java.time.LocalDateTime" -> LocalDateTime.ofEpochSecond(random.nextLong(0, 4_000_000_000L),
                    random.nextInt(1_000_000) * 1_000, ZoneOffset.UTC);
            case "java.util.UUID" -> new UUID(random.nextLong(), random.nextLong());
            case "byte[]" -> {
                byte[] bytes = new byte[random.nextInt(20)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case "Color" -> colorEnum.getEnumConstants()[random.nextInt(colorEnum.getEnumConstants().length)];
            default -> throw new IllegalArgumentException(type);
        };
    }

    static boolean same(Object expected, Object actual) {
        if (expected instanceof byte[] bytes) {
            return actual instanceof byte[] other && Arrays.equals(bytes, other);
        }
        if (expected instanceof BigDecimal decimal) {
            return actual instanceof BigDecimal other && decimal.compareTo(other) == 0;
        }
        return java.util.Objects.equals(expected, actual);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(' ', '~' + 1));
        }
        if (random.nextBoolean()) {
            text.append("ü€");
        }
        return text.toString();
    }
}

package dev.tablesmith.processor.property;

import java.util.List;

/**
 * A randomly generated model: its source, and the Java types of its fields, so the property test can fill in
 * values and compare them after a round trip.
 *
 * @param className the simple class name
 * @param record    whether it is a record (else a class with public fields)
 * @param idType    {@code Long} (generated), {@code java.util.UUID} or {@code long} (both assigned)
 * @param fields    the non-id fields
 */
record ModelSpec(String className, boolean record, String idType, List<FieldSpec> fields) {

    /**
     * One non-id field.
     *
     * @param name     the Java name
     * @param type     the Java type, as written in source
     * @param nullable whether it may hold null
     * @param unique   whether it is {@code @Column(unique = true)}
     * @param indexed  whether it is {@code @Column(index = true)}
     */
    record FieldSpec(String name, String type, boolean nullable, boolean unique, boolean indexed) {
    }

    boolean generatedId() {
        return idType.equals("Long");
    }

    String source(String packageName) {
        StringBuilder source = new StringBuilder("package " + packageName + ";\n\n")
                .append("import dev.tablesmith.*;\n\n@Model\n");
        if (record) {
            source.append("public record ").append(className).append("(").append(idAnnotation()).append(idType)
                    .append(" id");
            for (FieldSpec field : fields) {
                source.append(",\n    ").append(annotations(field)).append(field.type()).append(' ')
                        .append(field.name());
            }
            return source.append(") {}\n").toString();
        }
        source.append("public class ").append(className).append(" {\n    ").append(idAnnotation()).append("public ")
                .append(idType).append(" id;\n");
        for (FieldSpec field : fields) {
            source.append("    ").append(annotations(field)).append("public ").append(field.type()).append(' ')
                    .append(field.name()).append(";\n");
        }
        return source.append("}\n").toString();
    }

    private String idAnnotation() {
        return generatedId() ? "@Id " : "@Id(generated = false) ";
    }

    private static String annotations(FieldSpec field) {
        List<String> attributes = new java.util.ArrayList<>();
        if (!field.nullable() && !Character.isLowerCase(field.type().charAt(0))) {
            attributes.add("nullable = false");
        }
        if (field.unique()) {
            attributes.add("unique = true");
        }
        if (field.indexed()) {
            attributes.add("index = true");
        }
        return attributes.isEmpty() ? "" : "@Column(" + String.join(", ", attributes) + ") ";
    }
}

package dev.tablesmith.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The {@code @Embedded} property a column belongs to, and how generated code reaches the component the column
 * stores. Every column of one embedded property holds an equal {@code Embedding} apart from {@code component},
 * {@code read} and {@code write}.
 *
 * @param property   the model's property holding the embedded value, e.g. {@code shipTo}
 * @param type       the embedded type, e.g. {@code Address}
 * @param owner      how generated code reads and writes the embedded value on the model: its read accessor
 * @param ownerWrite and its write accessor
 * @param record     whether the embedded type is created through its canonical constructor (else {@code new T()}
 *                   and writes)
 * @param component  the embedded type's component this column stores, e.g. {@code street}
 * @param read       how generated code reads that component from the embedded value
 * @param write      how generated code sets it (a constructor parameter for records)
 */
public record Embedding(String property, TypeName type, Accessor owner, Accessor ownerWrite, boolean record,
        String component, Accessor read, Accessor write) {
}

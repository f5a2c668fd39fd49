package dev.tablesmith.processor.model;

/**
 * How generated code reads or writes one property of a model.
 *
 * @param kind how
 * @param name the field or method name
 */
public record Accessor(Kind kind, String name) {
    /** The ways to reach a property without reflection. */
    public enum Kind {
        /** A non-private field: {@code entity.name}. */
        FIELD,
        /** A getter or record accessor: {@code entity.getName()}. */
        GETTER,
        /** A setter: {@code entity.setName(value)}. */
        SETTER,
        /** A constructor parameter: the property can only be set when the object is created. */
        CONSTRUCTOR
    }

    public static Accessor field(String name) {
        return new Accessor(Kind.FIELD, name);
    }

    public static Accessor getter(String name) {
        return new Accessor(Kind.GETTER, name);
    }

    public static Accessor setter(String name) {
        return new Accessor(Kind.SETTER, name);
    }

    public static Accessor constructor(String name) {
        return new Accessor(Kind.CONSTRUCTOR, name);
    }
}

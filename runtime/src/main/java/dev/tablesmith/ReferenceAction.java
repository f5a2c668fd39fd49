package dev.tablesmith;

/** The referential action of a foreign key, as in SQL's {@code ON DELETE}. */
public enum ReferenceAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT
}

package dev.tablesmith;

/**
 * One model written by a committed transaction, as delivered to {@link CommitListener}s: Flask-SQLAlchemy's
 * {@code (object, "insert" | "update" | "delete")} pairs.
 *
 * @param table  the model's table
 * @param entity the entity as it was written (for {@code deleteById}, the id)
 * @param kind   what happened to it
 */
public record ModelChange(ModelTable<?> table, Object entity, Kind kind) {
    /** The kind of write. */
    public enum Kind {
        INSERT,
        UPDATE,
        DELETE
    }
}

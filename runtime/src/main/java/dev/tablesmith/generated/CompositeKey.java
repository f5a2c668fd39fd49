package dev.tablesmith.generated;

import java.util.List;

/**
 * The id of a model with a composite primary key (several {@code @Id} fields): the record {@code XDao.Key} the
 * processor generates implements it, so that the runtime can record and describe a key's values without reflection.
 * Public for generated code only; not API.
 */
public interface CompositeKey {
    /** The key's values, in the order of the model's {@code @Id} fields. */
    List<Object> values();
}

package dev.tablesmith;

import java.util.List;

/**
 * Receives the models that a transaction inserted, updated or deleted, after it committed — and nothing when it
 * rolled back (Flask-SQLAlchemy's {@code models_committed} signal).
 */
@FunctionalInterface
public interface CommitListener {
    void committed(List<ModelChange> changes);
}

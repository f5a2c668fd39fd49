package dev.tablesmith.generated;

import dev.tablesmith.ModelTable;

/**
 * The service through which {@code Database.createAll()} finds every model on the class path, the way
 * Flask-SQLAlchemy's {@code db.create_all()} finds every {@code db.Model} subclass. The processor generates one
 * implementation per model (a nested {@code Provider} class of {@code XTable}) and lists them in
 * {@code META-INF/services/dev.tablesmith.generated.TableProvider}.
 */
public interface TableProvider {
    /** The model's table singleton. */
    ModelTable<?> table();
}

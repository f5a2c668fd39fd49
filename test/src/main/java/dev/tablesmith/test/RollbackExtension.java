package dev.tablesmith.test;

import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.Teardown;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test in a Tablesmith context that always rolls back, so a test can write freely and leave the
 * database as it found it — the per-test transaction Flask-SQLAlchemy's users asked for.
 *
 * <pre>{@code
 * static final Database db = Database.inMemory();
 *
 * @RegisterExtension
 * final RollbackExtension rollback = RollbackExtension.of(db);
 *
 * @Test
 * void insertsAreVisibleInTheTestAndGoneAfterIt() {
 *     users.insert(new User("ada", null));          // runs in the test's context
 *     assertEquals(1, users.count());
 * }
 * }</pre>
 *
 * <p>The test body and everything it calls run in that context. Code that opens a context of its own
 * ({@code db.inContext(...)}) joins the test's transaction inside a savepoint, so its work is rolled back with the
 * test's. Only {@code db.inNewContext(...)} commits independently of the test.
 */
public final class RollbackExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RollbackExtension.class);

    private final Supplier<Database> database;

    private RollbackExtension(Supplier<Database> database) {
        this.database = database;
    }

    /** An extension for {@code database}. */
    public static RollbackExtension of(Database database) {
        Objects.requireNonNull(database, "database");
        return new RollbackExtension(() -> database);
    }

    /** An extension for a database created later, e.g. in {@code @BeforeAll}. */
    public static RollbackExtension of(Supplier<Database> database) {
        return new RollbackExtension(Objects.requireNonNull(database, "database"));
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        Database db = Objects.requireNonNull(database.get(), "the RollbackExtension's database supplier returned null");
        extension.getStore(NAMESPACE).put(Context.class, db.openContext(Teardown.ROLLBACK));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        Context context = extension.getStore(NAMESPACE).remove(Context.class, Context.class);
        if (context != null) {
            context.close();
        }
    }
}

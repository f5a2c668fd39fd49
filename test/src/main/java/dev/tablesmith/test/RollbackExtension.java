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
 *
 * <p>A test (or test class) annotated {@link QueryBudget} also fails when its context ran one statement from one
 * calling line more often than the budget allows: an N+1 loop.
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

    /** Checks the test's {@link QueryBudget}, if it has one, before its context rolls back and closes. */
    @Override
    public void afterEach(ExtensionContext extension) {
        Context context = extension.getStore(NAMESPACE).remove(Context.class, Context.class);
        if (context == null) {
            return;
        }
        try (context) {
            QueryBudget budget = extension.getTestMethod().map(m -> m.getAnnotation(QueryBudget.class))
                    .or(() -> extension.getTestClass().map(c -> c.getAnnotation(QueryBudget.class)))
                    .orElse(null);
            if (budget != null && extension.getExecutionException().isEmpty()) {
                QueryBudgetCheck.check(database.get(), budget);
            }
        }
    }
}

package dev.tablesmith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The entry point: Flask-SQLAlchemy's {@code db}. It owns a connection pool per database (the default one and any
 * binds), knows every model on the class path, creates and drops their tables, and hands out the session of the
 * current context.
 *
 * <pre>{@code
 * try (Database db = Database.inMemory()) {
 *     db.createAll();
 *     UserDao users = new UserDao(db);
 *     db.inContext(() -> users.insert(new User("ada", "ada@example.com")));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    /** The name of the default database among the binds. */
    public static final String DEFAULT_BIND = "";

    private final Map<String, Bind> binds;
    private final ModelRegistry models;
    private final Teardown teardown;
    private final boolean recordQueries;
    private final List<CommitListener> commitListeners = new CopyOnWriteArrayList<>();
    /** This thread's innermost open context; each context knows the one it is nested in. */
    private final ThreadLocal<Context> contexts = new ThreadLocal<>();

    Database(Map<String, Bind> binds, ModelRegistry models, Teardown teardown, boolean recordQueries) {
        this.binds = binds;
        this.models = models;
        this.teardown = teardown;
        this.recordQueries = recordQueries;
    }

    /** A database at {@code url} with a default pool, every model on the class path, and {@link Teardown#COMMIT}. */
    public static Database connect(String url) {
        return builder().url(url).build();
    }

    /**
     * The embedded default: a fresh, private H2 database in memory that needs no set-up and lives as long as this
     * {@code Database}.
     */
    public static Database inMemory() {
        return builder().inMemory().build();
    }

    /** Starts configuring a database. */
    public static DatabaseBuilder builder() {
        return new DatabaseBuilder();
    }

    // ---- Contexts and sessions ----

    /**
     * Runs {@code block} in a new context on this thread and tears the context down: by default it commits when
     * the block returns and rolls back when it throws. The block's exception is rethrown unchanged.
     */
    public <E extends Exception> void inContext(ContextTask<E> block) throws E {
        Context context = openContext();
        try {
            block.run();
        } catch (Throwable failure) {
            endAfterFailure(context, failure);
            throw failure;
        }
        context.close();
    }

    /** Like {@link #inContext(ContextTask)}, for a block with a result. */
    public <T, E extends Exception> T inContext(ContextCall<T, E> block) throws E {
        Context context = openContext();
        T result;
        try {
            result = block.call();
        } catch (Throwable failure) {
            endAfterFailure(context, failure);
            throw failure;
        }
        context.close();
        return result;
    }

    /**
     * Opens a context on this thread and makes it current, for try-with-resources in framework integrations.
     * Prefer {@link #inContext(ContextTask)}; see {@link Context} for why.
     */
    public Context openContext() {
        return openContext(teardown);
    }

    /**
     * Opens a context that ends with {@code policy} instead of the database's own, e.g. {@link Teardown#ROLLBACK}
     * for a test that must leave the database unchanged.
     */
    public Context openContext(Teardown policy) {
        Context context = new Context(this, java.util.Objects.requireNonNull(policy, "policy"), contexts.get());
        contexts.set(context);
        return context;
    }

    /**
     * The session of this thread's innermost context.
     *
     * @throws OutsideContextException when no context is open on this thread
     */
    public Session session() {
        Context innermost = contexts.get();
        if (innermost == null) {
            throw outsideContext();
        }
        return innermost.session();
    }

    // The failures of methods every DAO call goes through are built in methods of their own, so that the hot
    // methods stay small enough for the JIT to inline them.
    private static OutsideContextException outsideContext() {
        return new OutsideContextException("No Tablesmith context is open on thread \""
                + Thread.currentThread().getName() + "\". Run the code inside db.inContext(() -> { ... }), or "
                + "open one with try (Context ctx = db.openContext()) { ... }; to use a context on another "
                + "thread, pass the task through ctx.wrap(...)");
    }

    /** Whether a context is open on this thread. */
    public boolean inContext() {
        return contexts.get() != null;
    }

    // ---- Schema ----

    /**
     * Creates the tables of every model in every configured bind, in foreign-key order; existing tables are left
     * alone. Models whose bind this database does not configure are not created (using them fails, naming the bind).
     */
    public void createAll() {
        for (String bind : models.binds()) {
            if (binds.containsKey(bind)) {
                createAll(bind);
            }
        }
    }

    /** Creates the tables of the models in {@code bind}. */
    public void createAll(String bind) {
        execute(bind(bind), dsl -> SchemaDdl.create(dsl, models.tables(bind)));
    }

    /** Drops the tables of every model in every configured bind, referencing tables first. */
    public void dropAll() {
        for (String bind : models.binds()) {
            if (binds.containsKey(bind)) {
                dropAll(bind);
            }
        }
    }

    /** Drops the tables of the models in {@code bind}. */
    public void dropAll(String bind) {
        execute(bind(bind), dsl -> SchemaDdl.drop(dsl, models.tables(bind)));
    }

    /** The DDL that {@link #createAll()} runs, rendered for {@code dialect}. */
    public String ddl(SQLDialect dialect) {
        return SchemaDdl.render(dialect, models.all());
    }

    /** The DDL that {@link #createAll()} runs on the default database, in its dialect. */
    public String ddl() {
        return ddl(dialect());
    }

    /** The models' schema in the default database, as jOOQ metadata (Flask-SQLAlchemy's {@code db.metadata}). */
    public Meta metadata() {
        return metadata(DEFAULT_BIND);
    }

    /** The models' schema in {@code bind}, as jOOQ metadata. */
    public Meta metadata(String bind) {
        return DSL.using(bind(bind).dialect()).meta(models.tables(bind).toArray(new Table<?>[0]));
    }

    /**
     * Compares every configured database with the models and returns each difference (a missing table or column,
     * a different type, nullability, key or index), described as the statement that would fix it; empty when the
     * schema matches. Meant for start-up checks: {@code if (!db.verifySchema().isEmpty()) fail(...)}.
     */
    public List<String> verifySchema() {
        List<String> differences = new java.util.ArrayList<>();
        for (String bind : models.binds()) {
            if (binds.containsKey(bind)) {
                differences.addAll(verifySchema(bind));
            }
        }
        return differences;
    }

    /** Like {@link #verifySchema()}, for the models of one bind. */
    public List<String> verifySchema(String bind) {
        return SchemaVerifier.differences(bind(bind), models.tables(bind));
    }

    /** The model tables of {@code bind}, referenced tables first. */
    public List<ModelTable<?>> tables(String bind) {
        return models.tables(bind);
    }

    // ---- Engines ----

    /** The default database's data source (Flask-SQLAlchemy's {@code db.engine}). */
    public DataSource engine() {
        return bind(DEFAULT_BIND).dataSource();
    }

    /** Every database's data source by bind name, the default under {@link #DEFAULT_BIND}. */
    public Map<String, DataSource> engines() {
        Map<String, DataSource> engines = new LinkedHashMap<>();
        binds.forEach((name, bind) -> engines.put(name, bind.dataSource()));
        return engines;
    }

    /** The default database's SQL dialect. */
    public SQLDialect dialect() {
        return bind(DEFAULT_BIND).dialect();
    }

    /** The SQL dialect of {@code bind}. */
    public SQLDialect dialect(String bind) {
        return bind(bind).dialect();
    }

    /** The policy contexts apply when they end. */
    public Teardown teardown() {
        return teardown;
    }

    // ---- Observability ----

    /**
     * The statements the current context ran, when the database was built with {@code recordQueries(true)}
     * (Flask-SQLAlchemy's {@code get_recorded_queries()}); empty otherwise.
     */
    public List<RecordedQuery> recordedQueries() {
        return session().recordedQueries();
    }

    /** Registers a listener told, after each commit, which models the transaction inserted, updated or deleted. */
    public void onCommit(CommitListener listener) {
        commitListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Closes every connection pool this database opened. Open contexts must have ended. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Bind bind : binds.values()) {
            if (bind.ownedPool() != null) {
                try {
                    bind.ownedPool().close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new TablesmithException("Closing " + bind.describe() + " failed", e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---- Package-private plumbing ----

    Bind bind(String name) {
        Bind bind = binds.get(name);
        if (bind == null) {
            throw unknownBind(name);
        }
        return bind;
    }

    private ConfigurationException unknownBind(String name) {
        return new ConfigurationException("Unknown bind '" + name + "': configure it with "
                + "Database.builder().bind(\"" + name + "\", url). Configured binds: " + binds.keySet());
    }

    boolean recordsQueries() {
        return recordQueries;
    }

    boolean hasCommitListeners() {
        return !commitListeners.isEmpty();
    }

    void fireCommitted(List<ModelChange> changes) {
        for (CommitListener listener : commitListeners) {
            listener.committed(changes);
        }
    }

    /** Refuses to end {@code context} while a context opened inside it is still open on this thread. */
    void checkInnermost(Context context) {
        if (contexts.get() != context) {
            throw outOfOrder();
        }
    }

    /**
     * Makes {@code context} current, the context that was current before or {@code null}. When it is null the
     * thread-local is set to null rather than removed, so the next context on this thread reuses its entry.
     */
    void makeCurrent(Context context) {
        contexts.set(context);
    }

    /** Makes {@code context} current on this thread for a task it wrapped; returns the context it replaces. */
    Context enter(Context context) {
        Context replaced = contexts.get();
        contexts.set(context);
        return replaced;
    }

    /**
     * Ends a wrapped task's turn: makes {@code replaced} current again, and then refuses the task if it left a
     * context of its own open (or closed {@code context} itself), which would otherwise stay current.
     */
    void leave(Context context, Context replaced) {
        Context innermost = contexts.get();
        contexts.set(replaced);
        if (innermost != context) {
            throw outOfOrder();
        }
    }

    private static IllegalStateException outOfOrder() {
        return new IllegalStateException("Contexts must end in the reverse order they were opened");
    }

    private static void endAfterFailure(Context context, Throwable failure) {
        context.fail(failure);
        try {
            context.close();
        } catch (RuntimeException teardownFailure) {
            failure.addSuppressed(teardownFailure);
        }
    }

    private static void execute(Bind bind, java.util.function.Function<DSLContext, List<Query>> statements) {
        try (Connection connection = bind.dataSource().getConnection()) {
            DSLContext dsl = DSL.using(connection, bind.dialect(), Dialects.settings());
            for (Query query : statements.apply(dsl)) {
                query.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new TablesmithException("Schema change on " + bind.describe() + " failed: " + e.getMessage(), e);
        }
    }
}

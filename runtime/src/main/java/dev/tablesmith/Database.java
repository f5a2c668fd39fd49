package dev.tablesmith;

import dev.tablesmith.internal.SchemaDdl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.Meta;
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
    public static final String DEFAULT_BIND = Binds.DEFAULT;

    private final Binds binds;
    private final ModelRegistry models;
    private final Schemas schemas;
    private final Teardown teardown;
    private final QueryObservation observation;
    private final CommitListeners commitListeners = new CommitListeners();
    private final ContextStack contexts = new ContextStack();
    /** Shuts down the in-memory database {@link #inMemory()} created, when this one closes; null otherwise. */
    private final Runnable shutdown;
    /** The read replicas, {@link Replicas#NONE} without any. */
    private final Replicas replicas;
    /** The route of ordinary contexts: null without replicas, so that their sessions take the plain path. */
    private final SessionRoute primaryRoute;

    Database(Binds binds, ModelRegistry models, Teardown teardown, QueryObservation observation, Runnable shutdown) {
        this(binds, models, teardown, observation, shutdown, Replicas.NONE);
    }

    Database(Binds binds, ModelRegistry models, Teardown teardown, QueryObservation observation, Runnable shutdown,
            Replicas replicas) {
        this.replicas = replicas;
        this.primaryRoute = replicas.isEmpty() ? null : new PrimaryRoute(replicas);
        this.binds = binds;
        this.models = models;
        this.schemas = new Schemas(binds, models);
        this.teardown = teardown;
        this.observation = observation;
        this.shutdown = shutdown;
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
     * Runs {@code block} in a context on this thread and tears the context down: by default it commits when the
     * block returns and rolls back when it throws. The block's exception is rethrown unchanged. Inside another
     * context of this database on this thread, the block joins that context's transaction inside a savepoint: its
     * work is undone if it throws and kept otherwise, and the outermost context commits (see {@link Context}).
     */
    public <E extends Exception> void inContext(ContextTask<E> block) throws E {
        run(openContext(), block);
    }

    /** Like {@link #inContext(ContextTask)}, for a block with a result. */
    public <T, E extends Exception> T inContext(ContextCall<T, E> block) throws E {
        return call(openContext(), block);
    }

    /**
     * Runs {@code block} in a context with a session and transactions of its own, even inside another context
     * (Flask's pushing a new application context): it commits or rolls back by itself, whatever the enclosing
     * context does later. Its waits are bounded: when its statements wait for a lock, or it waits for a pooled
     * connection, that this thread's enclosing contexts hold, it fails (at once when the wait could only end in a
     * timeout) with an error that says so, instead of waiting for itself.
     */
    public <E extends Exception> void inNewContext(ContextTask<E> block) throws E {
        run(openNewContext(), block);
    }

    /** Like {@link #inNewContext(ContextTask)}, for a block with a result. */
    public <T, E extends Exception> T inNewContext(ContextCall<T, E> block) throws E {
        return call(openNewContext(), block);
    }

    private static <E extends Exception> void run(Context context, ContextTask<E> block) throws E {
        try {
            block.run();
        } catch (Throwable failure) {
            endAfterFailure(context, failure);
            throw failure;
        }
        endAfterSuccess(context);
    }

    private static <T, E extends Exception> T call(Context context, ContextCall<T, E> block) throws E {
        T result;
        try {
            result = block.call();
        } catch (Throwable failure) {
            endAfterFailure(context, failure);
            throw failure;
        }
        endAfterSuccess(context);
        return result;
    }

    /**
     * Opens a context on this thread and makes it current, for try-with-resources in framework integrations; inside
     * another context it is nested (joins that context's session inside a savepoint). Prefer
     * {@link #inContext(ContextTask)}; see {@link Context} for why.
     */
    public Context openContext() {
        return openContext(teardown);
    }

    /**
     * Opens a context that ends with {@code policy} instead of the database's own, e.g. {@link Teardown#ROLLBACK}
     * for a test that must leave the database unchanged. Nested in an enclosing context, the policy applies to its
     * savepoint.
     */
    public Context openContext(Teardown policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        Context enclosing = contexts.current();
        Context context = enclosing == null
                ? Context.independent(contexts, commitListeners, policy, null, newSession(null))
                : Context.joining(contexts, commitListeners, policy, enclosing);
        contexts.push(context);
        return context;
    }

    /** Opens a context with a session of its own; see {@link #inNewContext(ContextTask)}. */
    public Context openNewContext() {
        return openNewContext(teardown);
    }

    /** Like {@link #openNewContext()}, ending with {@code policy} instead of the database's own. */
    public Context openNewContext(Teardown policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        Context enclosing = contexts.current();
        Context context = Context.independent(contexts, commitListeners, policy, enclosing,
                newSession(enclosing == null ? null : enclosing.session()));
        contexts.push(context);
        return context;
    }

    private Session newSession(Session enclosing) {
        return new Session(binds, commitListeners, observation, enclosing, primaryRoute);
    }

    // ---- Read contexts (replicas) ----

    /**
     * Runs {@code block} in a read context: its transactions are read-only and run on a read replica of each
     * database it reads (one that answers and lags no more than {@code maxReplicaLag}), or on the primary when no
     * replica can serve them. The read sees this thread's latest commit ({@link #commitPosition()}): a replica is
     * used only once it has replayed that commit, waiting for it at most {@code replicaWaitTimeout}. A write in the
     * block is refused by the database with a {@link ReadOnlyTransactionException}: write in
     * {@link #inContext(ContextTask)}. A database without replicas reads on the primary, read-only all the same.
     *
     * <p>Inside a context that has already used the database, the block joins that context instead (inside a
     * savepoint, like a nested {@code inContext}), so that it sees the context's uncommitted work; inside one that
     * has not, it reads in a transaction of its own.
     */
    public <E extends Exception> void inReadContext(ContextTask<E> block) throws E {
        run(openReadContext(), block);
    }

    /** Like {@link #inReadContext(ContextTask)}, for a block with a result. */
    public <T, E extends Exception> T inReadContext(ContextCall<T, E> block) throws E {
        return call(openReadContext(), block);
    }

    /**
     * Like {@link #inReadContext(ContextTask)}, seeing the commits up to {@code position} instead of this thread's
     * latest: a position that came from another thread or request, such as one carried in a cookie
     * ({@link CommitPosition#parse(String)}). {@link CommitPosition#NONE} asks for no commit to be seen.
     */
    public <E extends Exception> void inReadContext(CommitPosition position, ContextTask<E> block) throws E {
        run(openReadContext(position), block);
    }

    /** Like {@link #inReadContext(CommitPosition, ContextTask)}, for a block with a result. */
    public <T, E extends Exception> T inReadContext(CommitPosition position, ContextCall<T, E> block) throws E {
        return call(openReadContext(position), block);
    }

    /**
     * Opens a read context on this thread, seeing this thread's latest commit, for try-with-resources in framework
     * integrations (a request that only reads); see {@link #inReadContext(ContextTask)}.
     */
    public Context openReadContext() {
        return openReadContext(replicas.lastCommit());
    }

    /** Opens a read context seeing the commits up to {@code position}; see {@link #inReadContext(ContextTask)}. */
    public Context openReadContext(CommitPosition position) {
        java.util.Objects.requireNonNull(position, "position (CommitPosition.NONE for none)");
        Context enclosing = contexts.current();
        Context context;
        if (enclosing != null && enclosing.session().begun()) {
            context = Context.joining(contexts, commitListeners, teardown, enclosing);
        } else {
            // A read-only transaction has nothing to commit; rolling it back ends it as well.
            Session session = new Session(binds, commitListeners, observation,
                    enclosing == null ? null : enclosing.session(), new ReadRoute(replicas, position));
            context = Context.independent(contexts, commitListeners, Teardown.ROLLBACK, enclosing, session);
        }
        contexts.push(context);
        return context;
    }

    /**
     * The position of this thread's latest commit in each database that has read replicas, for reads elsewhere
     * that must see it: pass it to {@link #inReadContext(CommitPosition, ContextTask)}, or carry its
     * {@link CommitPosition#toString() text} to the next request. {@link CommitPosition#NONE} before the first
     * commit, and on databases without replicas or without commit positions (only PostgreSQL has them).
     */
    public CommitPosition commitPosition() {
        return replicas.lastCommit();
    }

    /** Every read replica, as last checked: whether it takes reads, its lag and why not; empty without replicas. */
    public List<ReplicaStatus> replicas() {
        return replicas.status();
    }

    /**
     * The session of this thread's innermost context.
     *
     * @throws OutsideContextException when no context is open on this thread
     */
    public Session session() {
        Context innermost = contexts.current();
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
        return contexts.current() != null;
    }

    // ---- Schema ----

    /**
     * Creates the tables of every model in every configured bind, in foreign-key order. Existing tables are left
     * alone, as Flask-SQLAlchemy's {@code create_all()} does, but compared with their models: one that differs is
     * reported rather than found later by a failing insert. Models whose bind this database does not configure are
     * not created (using them fails, naming the bind).
     *
     * @throws ConfigurationException  when no model is registered (the processor did not run), naming the cause
     * @throws SchemaMismatchException when an existing table differs from its model
     */
    public void createAll() {
        for (String bind : configuredBindsWithModels()) {
            schemas.createAll(bind);
        }
    }

    /** Creates the tables of the models in {@code bind}; see {@link #createAll()}. */
    public void createAll(String bind) {
        schemas.createAll(bind);
    }

    /** Drops the tables of every model in every configured bind, referencing tables first. */
    public void dropAll() {
        for (String bind : configuredBindsWithModels()) {
            schemas.dropAll(bind);
        }
    }

    /** Drops the tables of the models in {@code bind}. */
    public void dropAll(String bind) {
        schemas.dropAll(bind);
    }

    /** The binds that both have models and are configured; fails when no model is registered at all. */
    private List<String> configuredBindsWithModels() {
        models.requireAll();
        List<String> configured = new java.util.ArrayList<>();
        for (String bind : models.binds()) {
            if (binds.contains(bind)) {
                configured.add(bind);
            }
        }
        return configured;
    }

    /** The DDL that {@link #createAll()} runs, rendered for {@code dialect}. */
    public String ddl(SQLDialect dialect) {
        return SchemaDdl.render(dialect, models.requireAll());
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
        return DSL.using(bind(bind).dialect()).meta(models.require(bind).toArray(new Table<?>[0]));
    }

    /**
     * Compares every configured database with the models and returns each difference (a missing table or column,
     * a different type, nullability, key or index), described as the statement that would fix it; empty when the
     * schema matches. Meant for start-up checks: {@code if (!db.verifySchema().isEmpty()) fail(...)}.
     *
     * @throws ConfigurationException when no model is registered, which would otherwise pass as "no difference"
     */
    public List<String> verifySchema() {
        List<String> differences = new java.util.ArrayList<>();
        for (String bind : configuredBindsWithModels()) {
            differences.addAll(schemas.verify(bind));
        }
        return differences;
    }

    /** Like {@link #verifySchema()}, for the models of one bind. */
    public List<String> verifySchema(String bind) {
        return schemas.verify(bind);
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
        binds.all().forEach((name, bind) -> engines.put(name, bind.dataSource()));
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

    /** Whether the database was built with {@code recordQueries(true)}, so {@link #recordedQueries()} sees them. */
    public boolean recordsQueries() {
        return observation.record();
    }

    /**
     * Registers a listener told, after each commit, which models the transaction inserted, updated or deleted. It
     * runs once the committing context has ended: a DAO call in it joins the enclosing context, if any, and otherwise
     * fails for want of a context, so a listener that writes opens a context of its own ({@code db.inContext(...)}).
     * Every listener runs even when one throws; the failures then reach the caller as a
     * {@link CommitListenerException}, which says that the work is committed.
     */
    public void onCommit(CommitListener listener) {
        commitListeners.add(listener);
    }

    /**
     * Registers a listener told, just before each commit, which models the transaction inserted, updated or deleted
     * (Flask-SQLAlchemy's {@code before_models_committed}). It runs inside the committing context, so its DAO calls
     * are part of the transaction; when it throws, nothing is committed and the caller gets a
     * {@link CommitFailedException} whose cause is the listener's exception.
     */
    public void beforeCommit(CommitListener listener) {
        commitListeners.addBeforeCommit(listener);
    }

    /**
     * Closes every connection pool this database opened, and shuts down the in-memory database that
     * {@link #inMemory()} created. Open contexts must have ended; connections still in use are closed after at most
     * a few seconds.
     */
    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            replicas.close();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (shutdown != null) {
            try {
                shutdown.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        for (Bind bind : binds.all().values()) {
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
        return binds.get(name);
    }

    /**
     * Closes the context of a block that returned. When it cannot be closed because the block left a context it
     * opened still open ({@code db.openContext()} without try-with-resources), every context from there in is rolled
     * back and ended, so that the thread is left clean, and the caller is told: otherwise the thread would keep the
     * context, and every later {@code inContext} on it would join it and never commit.
     */
    private static void endAfterSuccess(Context context) {
        try {
            context.close();
        } catch (IllegalStateException refused) {
            if (!context.isOpen()) {
                throw refused;
            }
            IllegalStateException leftOpen = new IllegalStateException("The block left a context it opened still "
                    + "open, so its context could not end (" + refused.getMessage() + "); all of their work was "
                    + "rolled back. Close every context you open, with try-with-resources", refused);
            abortAfter(context, leftOpen);
            throw leftOpen;
        }
    }

    private static void endAfterFailure(Context context, Throwable failure) {
        context.fail(failure);
        try {
            context.close();
        } catch (RuntimeException teardownFailure) {
            failure.addSuppressed(teardownFailure);
            if (context.isOpen()) {
                abortAfter(context, failure); // as above: roll back what the block left open, leave the thread clean
            }
        }
    }

    private static void abortAfter(Context context, Throwable failure) {
        try {
            context.abort();
        } catch (RuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
    }
}

package dev.tablesmith;

import dev.tablesmith.generated.RefusedValueException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The unit of work of one context: one transaction per database it touches ({@link Transactions}, where they
 * begin and end). A context that never touches the database costs no connection; the transactions end together
 * when the context ends ({@link #end}), or when the code calls {@link #commit()} or {@link #rollback()}.
 * Connections always go back to their pools at the end, also after errors.
 *
 * <p>A session belongs to one thread at a time: the thread of the context that opened it, or, while a task passed
 * through {@link Context#wrap} runs, that task's thread. Any other use, and any use that overlaps another, is refused
 * with an {@link IllegalStateException} before it reaches the connection.
 *
 * <p>A context nested in another shares this session inside a savepoint (see {@link SavepointFrame}): its work is
 * kept or undone when it ends, and only the outermost context commits. {@link #commit()} and {@link #rollback()}
 * belong to the outermost context and are refused inside a nested one.
 */
public final class Session {
    private final Binds binds;
    private final CommitListeners listeners;
    private final Transactions transactions;
    private final SessionThreads threads = new SessionThreads();
    /** Set when the context was aborted while a wrapped task used the session, which then ends it. */
    private volatile boolean abandonedWhileLent;
    // A context that makes one DAO call should cost little more than the call: the jOOQ DSLs and the changes for
    // commit listeners, which most contexts never need, are allocated on first use (null until then).
    private final StatementCache statements = new StatementCache();
    private Map<String, DSLContext> dsls;
    private List<ModelChange> changes;
    /** Records and logs statements; null when they are neither recorded nor logged. */
    private final StatementObserver observer;

    Session(Binds binds, CommitListeners listeners, QueryObservation observation, Session enclosing) {
        this(binds, listeners, observation, enclosing, null);
    }

    /** A session whose transactions take {@code route} (see {@link SessionRoute}); null for the plain path. */
    Session(Binds binds, CommitListeners listeners, QueryObservation observation, Session enclosing,
            SessionRoute route) {
        this.binds = binds;
        this.listeners = listeners;
        this.transactions = new Transactions(binds, enclosing == null ? null : enclosing.transactions, route);
        this.observer = StatementObserver.forSession(observation);
    }

    // ---- Public API ----

    /** The connection to the default database, in this session's transaction. */
    public Connection connection() {
        return connection(Binds.DEFAULT);
    }

    /**
     * The connection to the named bind, in this session's transaction; the transaction begins on first use. Work
     * done on it directly is part of the transaction, so a connection found dead later is never replaced silently.
     */
    public Connection connection(String bind) {
        threads.checkUsable();
        Connection connection = transactions.direct(bind);
        transactions.handedOut = true;
        return connection;
    }

    /** A jOOQ context on the default database's connection: any jOOQ query, in this session's transaction. */
    public DSLContext dsl() {
        return dsl(Binds.DEFAULT);
    }

    /** A jOOQ context on the named bind's connection, in this session's transaction. */
    public DSLContext dsl(String bind) {
        threads.checkUsable();
        DSLContext dsl = dsls == null ? null : dsls.get(bind);
        if (dsl == null) {
            dsl = SessionConnectionProvider.dsl(this, bind, binds.get(bind).dialect());
            if (dsls == null) {
                dsls = new HashMap<>(2);
            }
            dsls.put(bind, dsl);
        }
        return dsl;
    }

    /**
     * Commits the work done so far on every database this session touched, then tells the commit listeners; the
     * session goes on with new transactions.
     *
     * @throws CommitFailedException    when a database refused the commit, saying which databases committed
     * @throws CommitListenerException  when a listener failed; the work is committed
     * @throws IllegalStateException    inside a nested context, whose work commits with the outermost context
     */
    public void commit() {
        threads.checkUsable();
        checkNotNested("commit()");
        if (transactions.first == null) {
            return;
        }
        try {
            beforeCommit();
        } catch (CommitFailedException e) {
            changes = null;
            transactions.rollbackAll(e);
            throw e;
        }
        transactions.commitAll();
        announce(takeChanges());
    }

    /**
     * Rolls back the work done since the last commit on every database this session touched.
     *
     * @throws IllegalStateException inside a nested context: throw from it, or give it {@link Teardown#ROLLBACK}, to
     *                               undo only its work
     */
    public void rollback() {
        threads.checkUsable();
        checkNotNested("rollback()");
        changes = null;
        transactions.rollbackAll();
    }

    /**
     * Whether this is the session of a read context ({@link Database#inReadContext}): its transactions are
     * read-only, on a replica where one can serve them, and the database refuses writes in them.
     */
    public boolean readOnly() {
        return transactions.readOnly();
    }

    // ---- Thread confinement (see SessionThreads) ----

    /**
     * Starts an operation on this thread; returns whether it claimed the session, in which case the caller must
     * {@link #exit} when the operation ends (see {@link SessionThreads#claim}).
     */
    boolean enter() {
        boolean claimed = threads.claim();
        transactions.operations++;
        return claimed;
    }

    /** Ends an operation that {@link #enter} claimed. */
    void exit() {
        threads.release();
    }

    /** Lets the current thread use the session for a wrapped task; see {@link SessionThreads#lend}. */
    Thread borrow() {
        return threads.lend();
    }

    /** Ends a wrapped task's turn: {@code previous} (from {@link #borrow}) holds the session again. */
    void giveBack(Thread previous) {
        threads.takeBack(previous);
        if (abandonedWhileLent) {
            end(false);
        }
    }

    /**
     * Ends the session by rolling back, for {@link Context#abort()}; while a wrapped task still uses it, when that
     * task finishes instead, on its thread.
     */
    void abandon() {
        if (lentTo() != null) {
            abandonedWhileLent = true;
            return;
        }
        end(false);
    }

    /** The thread of a wrapped task that holds the session now, or null when its home thread holds it. */
    Thread lentTo() {
        return threads.lentTo();
    }

    // ---- Connections and statements ----

    /**
     * The connection of the transaction on {@code bind}, for DAO operations between {@link #enter} and
     * {@link #exit}; begins the transaction on first use.
     */
    Connection connectionFor(String bind) {
        BindTransaction transaction = transactions.first;
        if (transaction != null && bind.equals(transaction.name)) {
            return transaction.connection;
        }
        return transactions.on(bind).connection;
    }

    /** The connection for code that uses it directly (jOOQ, through {@link SessionConnectionProvider}). */
    Connection directConnection(String bind) {
        return transactions.direct(bind);
    }

    /**
     * Replaces the connection on {@code bind} after {@code failure} when that can neither lose nor repeat anything
     * (see {@link Transactions#giveUpLost}); returns whether the caller may run its statement again.
     */
    boolean reconnect(String bind, SQLException failure) {
        if (!transactions.giveUpLost(bind, failure)) {
            return false;
        }
        statements.close(null);
        dsls = null;
        return true;
    }

    /** One statement, for {@link #reconnecting}: run again from the start when it may be. */
    @FunctionalInterface
    interface Statement<R> {
        R run() throws SQLException;
    }

    /**
     * Runs {@code statement} on {@code bind}, and runs it again on a new connection each time it finds its pooled
     * connection dead while that can neither lose nor repeat anything ({@link #reconnect}: a first statement, a
     * bounded number of times). A refused value is never retried. The first failure is kept as suppressed on a
     * later one that is thrown.
     */
    <R> R reconnecting(String bind, Statement<R> statement) throws SQLException {
        SQLException first = null;
        while (true) {
            try {
                return statement.run();
            } catch (SQLException e) {
                if (first != null) {
                    e.addSuppressed(first);
                }
                if (e instanceof RefusedValueException || !reconnect(bind, e)) {
                    throw e;
                }
                if (first == null) {
                    first = e;
                }
            }
        }
    }

    /** Notes a failed statement, which on PostgreSQL aborts the transaction; see {@link Transactions}. */
    void statementFailed(String bind, SQLException failure) {
        transactions.statementFailed(bind, failure);
    }

    /** Whether a transaction has begun on any database, so that the session may hold uncommitted work. */
    boolean begun() {
        return transactions.first != null;
    }

    /** Whether a context this thread opened before this session's holds a transaction on {@code bind}. */
    boolean enclosingHolds(String bind) {
        return transactions.heldByEnclosing(bind) > 0;
    }

    /**
     * A prepared statement for {@code sql} on {@code bind}, reused for the rest of the session (see
     * {@link StatementCache}). A given SQL text is always prepared the same way: the DAOs ask for generated keys on
     * their insert statements only.
     */
    PreparedStatement prepare(String bind, String sql, String[] generatedKeys) throws SQLException {
        String key = StatementCache.key(bind, sql);
        PreparedStatement cached = statements.get(key);
        return cached != null ? cached : prepareNew(key, bind, sql, generatedKeys);
    }

    private PreparedStatement prepareNew(String key, String bind, String sql, String[] generatedKeys)
            throws SQLException {
        Connection connection = connectionFor(bind);
        PreparedStatement statement = generatedKeys == null ? connection.prepareStatement(sql)
                : prepareReturningKeys(connection, bind, sql, generatedKeys);
        statements.put(key, statement);
        return statement;
    }

    private PreparedStatement prepareReturningKeys(Connection connection, String bind, String sql,
            String[] generatedKeys) throws SQLException {
        return switch (binds.get(bind).dialect()) {
            // These drivers return the key for RETURN_GENERATED_KEYS but reject column-name arrays.
            case MARIADB, MYSQL, SQLITE -> connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            default -> connection.prepareStatement(sql, generatedKeys);
        };
    }

    // ---- Nested contexts ----

    /**
     * Begins a nested context's share of this session: a savepoint on every database the session has touched.
     *
     * @throws IllegalStateException when the calling thread does not hold the session
     */
    SavepointFrame beginNested() {
        threads.checkUsable();
        return transactions.beginNested(changes == null ? 0 : changes.size());
    }

    /**
     * Ends a nested context's share: keeps its work ({@code keep}) by releasing its savepoints, or undoes it by
     * rolling back to them, forgetting its changes for commit listeners. When its work cannot be kept (PostgreSQL
     * refuses to release a savepoint after a failed statement) it is undone and the caller told. When it cannot be
     * undone, the whole transaction is doomed: the outermost context will roll back instead of committing.
     */
    void endNested(SavepointFrame frame, boolean keep) {
        if (keep) {
            try {
                transactions.releaseNested(frame);
                return;
            } catch (SQLException e) {
                undo(frame, e);
                throw new TablesmithException("The nested context's work was rolled back: the database could not keep "
                        + "it (" + e.getMessage() + "); a statement inside it probably failed and its exception was "
                        + "caught. The enclosing context goes on", e);
            }
        }
        undo(frame, null);
    }

    private void undo(SavepointFrame frame, SQLException cause) {
        if (changes != null && changes.size() > frame.changesMark) {
            changes.subList(frame.changesMark, changes.size()).clear();
        }
        transactions.rollbackNested(frame, cause);
    }

    private void checkNotNested(String operation) {
        if (transactions.nested != null) {
            throw SessionErrors.nested(operation);
        }
    }

    // ---- Ending ----

    /**
     * Ends the session: commits when asked to (rolling back what did not commit), otherwise rolls back, and always
     * gives every connection back to its pool. Returns the changes to announce to commit listeners, which the
     * caller does once the context is no longer current, or null.
     *
     * @throws CommitFailedException when a commit failed, saying which databases committed
     * @throws TablesmithException   when the rollback failed
     */
    List<ModelChange> end(boolean commit) {
        if (threads.ended()) {
            return null;
        }
        RuntimeException failure = null;
        try {
            if (commit && transactions.first != null) {
                // Before-commit listeners may still write through the session, so it ends after them.
                beforeCommit();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        threads.markEnded();
        List<ModelChange> committed = null;
        try {
            if (failure != null) {
                transactions.rollbackAll(failure);
            } else if (transactions.first != null) {
                if (commit) {
                    transactions.commitAll();
                    committed = takeChanges();
                } else {
                    transactions.rollbackAll();
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            changes = null;
            statements.close(failure);
            dsls = null;
            transactions.release(failure);
        }
        if (failure != null) {
            throw failure;
        }
        return committed;
    }

    /**
     * Tells the before-commit listeners what the transaction is about to commit, while the session still takes
     * work (Flask-SQLAlchemy's {@code before_models_committed}).
     *
     * @throws CommitFailedException when a listener threw; the caller rolls everything back
     */
    private void beforeCommit() {
        if (!listeners.hasBeforeCommit() || changes == null || changes.isEmpty()) {
            return;
        }
        try {
            listeners.beforeCommit(List.copyOf(changes));
        } catch (RuntimeException e) {
            throw new CommitFailedException("Nothing was committed: a before-commit listener failed (" + e
                    + "), so the transaction was rolled back", List.of(), transactions.names(), List.of(), e);
        }
    }

    private List<ModelChange> takeChanges() {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        List<ModelChange> committed = List.copyOf(changes);
        changes.clear();
        return committed;
    }

    /** Tells the listeners about committed changes while refusing them the session, which has moved on. */
    private void announce(List<ModelChange> committed) {
        if (committed == null) {
            return;
        }
        threads.refusingAll(() -> listeners.committed(committed));
    }

    // ---- Recording and changes ----

    /**
     * Whether statements are recorded or logged, so that DAOs build their parameter lists: only then, since a
     * context that is not observed should cost nothing per statement.
     */
    boolean observes() {
        return observer != null;
    }

    /**
     * The start of a statement for its duration: {@code System.nanoTime()} while statements are observed, 0
     * otherwise. Reading the clock is a call into the kernel's time page, tens of nanoseconds, which is a visible
     * part of what a DAO call adds to hand-written JDBC on an in-memory database; it is only worth it when used.
     */
    long startTimer() {
        return observer != null ? System.nanoTime() : 0;
    }

    /** Records and logs a statement that started at {@code startNanos} (from {@link #startTimer()}). */
    void record(String sql, List<Object> parameters, long startNanos) {
        if (observer != null) {
            observer.statement(sql, parameters, System.nanoTime() - startNanos);
        }
    }

    List<RecordedQuery> recordedQueries() {
        return observer == null ? List.of() : observer.recorded();
    }

    void changed(ModelTable<?> table, Object entity, ModelChange.Kind kind) {
        if (listeners.tracksChanges()) {
            if (changes == null) {
                changes = new ArrayList<>();
            }
            changes.add(new ModelChange(table, entity, kind));
        }
    }

    /** The configured bind named {@code name}, for errors that name what the database was waiting on. */
    Bind bind(String name) {
        return binds.get(name);
    }
}

package dev.tablesmith;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The unit of work of one context: one transaction per database it touches. The transaction on a database begins
 * when the session first uses it ({@link BindTransaction#begin}), so a context that never touches the database
 * costs no connection; the transactions end together when the context ends ({@link #end}), or when the code calls
 * {@link #commit()} or {@link #rollback()}. Connections always go back to their pools at the end, also after errors.
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
    private static final VarHandle HOLDER;
    private static final VarHandle USER;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HOLDER = lookup.findVarHandle(Session.class, "holder", Thread.class);
            USER = lookup.findVarHandle(Session.class, "user", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Stands in {@link #user} while commit listeners run, so that every operation they start is refused. */
    private static final Thread LISTENERS = new Thread("tablesmith-commit-listeners");
    /** How often a session replaces a connection found dead before its first statement. */
    private static final int MAX_RECONNECTS = 2;

    private final Binds binds;
    private final CommitListeners listeners;
    /** The session of the context this one's context was opened in, on the same thread, if any. */
    private final Session enclosing;
    /** The thread whose context owns this session. */
    private final Thread home;
    /** The thread allowed to use the session now: {@link #home}, or a wrapped task's thread. */
    private volatile Thread holder;
    /** The thread running an operation on the session now; null between operations. */
    private volatile Thread user;
    private boolean announcing;
    /** Operations started since the transactions began, for the rule that only a first statement is retried. */
    private int operations;
    /** Whether code was handed a connection directly ({@link #connection()}, {@link #dsl()}) in this transaction. */
    private boolean direct;
    /** Whether {@link #connection()} handed a connection out, whose failed statements Tablesmith cannot see. */
    private boolean handedOut;
    private int reconnects;
    // A context that makes one DAO call should cost little more than the call. Most contexts touch one database
    // and run a few statements, so the first transaction and the first statement live in plain fields, and the
    // collections for any further ones are allocated on first use (null until then); so are the jOOQ DSLs and the
    // changes for commit listeners, which most contexts never need.
    private BindTransaction first;
    /** Transactions begun after the first, in the order they began (the order of commits). */
    private List<BindTransaction> more;
    private String firstStatementKey;
    private PreparedStatement firstStatement;
    private Map<String, PreparedStatement> moreStatements;
    private Map<String, DSLContext> dsls;
    private List<ModelChange> changes;
    private final List<RecordedQuery> recorded;
    /** The savepoints of the innermost nested context sharing this session, or null. */
    private SavepointFrame nested;
    /** Why the transactions can now only be rolled back (a nested context failed to undo its work), or null. */
    private SQLException doomed;
    private boolean ended;

    Session(Binds binds, CommitListeners listeners, boolean recordQueries, Session enclosing) {
        this.binds = binds;
        this.listeners = listeners;
        this.enclosing = enclosing;
        this.recorded = recordQueries ? new ArrayList<>() : null;
        this.home = Thread.currentThread();
        this.holder = home;
    }

    // ---- Public API ----

    /** The connection to the default database, in this session's transaction. */
    public Connection connection() {
        return connection(Database.DEFAULT_BIND);
    }

    /**
     * The connection to the named bind, in this session's transaction; the transaction begins on first use. Work
     * done on it directly is part of the transaction, so a connection found dead later is never replaced silently.
     */
    public Connection connection(String bind) {
        checkUsable();
        Connection connection = directConnection(bind);
        handedOut = true;
        return connection;
    }

    /** A jOOQ context on the default database's connection: any jOOQ query, in this session's transaction. */
    public DSLContext dsl() {
        return dsl(Database.DEFAULT_BIND);
    }

    /** A jOOQ context on the named bind's connection, in this session's transaction. */
    public DSLContext dsl(String bind) {
        checkUsable();
        DSLContext dsl = dsls == null ? null : dsls.get(bind);
        if (dsl == null) {
            DefaultConfiguration configuration = new DefaultConfiguration();
            configuration.set(new SessionConnectionProvider(this, bind)).set(binds.get(bind).dialect())
                    .set(Dialects.settings());
            FailedStatementListener failures = new FailedStatementListener(this, bind);
            if (recorded != null) {
                configuration.set(new RecordingExecuteListener(this), failures);
            } else {
                configuration.set(failures);
            }
            dsl = DSL.using(configuration);
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
        checkUsable();
        checkNotNested("commit()");
        if (first == null) {
            return;
        }
        try {
            beforeCommit();
        } catch (CommitFailedException e) {
            changes = null;
            SQLException rollback = rollbackQuietly(transactions(), 0, null);
            if (rollback != null) {
                e.addSuppressed(rollback);
            }
            transactionsEnded();
            throw e;
        }
        commitAll();
        announce(takeChanges());
    }

    /**
     * Rolls back the work done since the last commit on every database this session touched.
     *
     * @throws IllegalStateException inside a nested context: throw from it, or give it {@link Teardown#ROLLBACK}, to
     *                               undo only its work
     */
    public void rollback() {
        checkUsable();
        checkNotNested("rollback()");
        changes = null;
        rollbackAll();
    }

    // ---- Thread confinement ----

    /**
     * Starts an operation on this thread: refuses a thread that does not hold the session and an operation that
     * would overlap another one's. Returns whether this call claimed the session, in which case the caller must
     * {@link #exit} when the operation ends; an operation started inside another on the same thread (a DAO call
     * while a cursor is open) claims nothing.
     */
    boolean enter() {
        Thread current = Thread.currentThread();
        if (holder != current) {
            throw refusal(current);
        }
        Thread running = user;
        if (running == null && USER.compareAndSet(this, null, current)) {
            operations++;
            return true;
        }
        if (running != current) {
            throw refusal(current);
        }
        operations++;
        return false;
    }

    /** Ends an operation that {@link #enter} claimed. */
    void exit() {
        USER.setRelease(this, null);
    }

    /**
     * Lets the current thread use the session for a wrapped task; returns the holder to give it back to.
     *
     * @throws IllegalStateException when another wrapped task holds it already, or the session has ended
     */
    Thread borrow() {
        Thread current = Thread.currentThread();
        Thread previous = holder;
        if (previous == current) {
            return previous;
        }
        if (ended) {
            throw ended();
        }
        if (previous != home || !HOLDER.compareAndSet(this, home, current)) {
            throw new IllegalStateException("This context's session is in use by a task passed through ctx.wrap(...) "
                    + "on thread \"" + holder.getName() + "\"; a session belongs to one thread at a time, so a second "
                    + "task on thread \"" + current.getName() + "\" cannot join it until that one ends");
        }
        return previous;
    }

    /** Ends a wrapped task's turn: {@code previous} (from {@link #borrow}) holds the session again. */
    void giveBack(Thread previous) {
        holder = previous;
    }

    /** The thread of a wrapped task that holds the session now, or null when its home thread holds it. */
    Thread lentTo() {
        Thread current = holder;
        return current == home ? null : current;
    }

    private void checkUsable() {
        Thread current = Thread.currentThread();
        Thread running = user;
        if (ended || holder != current || announcing || (running != null && running != current)) {
            throw refusal(current);
        }
    }

    private IllegalStateException refusal(Thread current) {
        if (ended) {
            return ended();
        }
        if (announcing) {
            return new IllegalStateException("Commit listeners run after the commit: the session that committed "
                    + "takes no more work from them. To write from a listener, open a context of its own: "
                    + "db.inNewContext(() -> ...)");
        }
        Thread allowed = holder;
        if (allowed != current) {
            return allowed == home
                    ? new IllegalStateException("This session belongs to the context opened on thread \""
                            + home.getName() + "\" and cannot be used from thread \"" + current.getName() + "\". To "
                            + "run work of that context on another thread, pass the task through ctx.wrap(...); for "
                            + "independent work, open a context on this thread with db.inContext(...)")
                    : new IllegalStateException("A task passed through ctx.wrap(...) is using this session on thread \""
                            + allowed.getName() + "\"; a session belongs to one thread at a time, so thread \""
                            + current.getName() + "\" must wait until that task has ended");
        }
        Thread running = user;
        return new IllegalStateException("This session is running an operation on thread \""
                + (running == null ? "?" : running.getName()) + "\" and cannot start another on thread \""
                + current.getName() + "\": a session belongs to one thread at a time");
    }

    private IllegalStateException ended() {
        return new IllegalStateException("This session's context has ended; open a new context with "
                + "db.inContext(...) and use db.session() inside it");
    }

    // ---- Connections and statements ----

    /**
     * The connection of the transaction on {@code bind}, for DAO operations between {@link #enter} and
     * {@link #exit}; begins the transaction on first use.
     */
    Connection connectionFor(String bind) {
        BindTransaction transaction = first;
        if (transaction != null && bind.equals(transaction.name)) {
            return transaction.connection;
        }
        return transaction(bind).connection;
    }

    /**
     * The connection for code that uses it directly, which Tablesmith cannot repeat: a transaction begun for it is
     * checked first, so that a connection that died in the pool is replaced before anything is sent.
     */
    Connection directConnection(String bind) {
        BindTransaction existing = find(bind);
        direct = true;
        if (existing != null) {
            return existing.connection;
        }
        BindTransaction begun = transaction(bind);
        for (int attempt = 0; attempt < MAX_RECONNECTS && nested == null && !isAlive(begun); attempt++) {
            forget(begun);
            begun.discard();
            begun = transaction(bind);
        }
        return begun.connection;
    }

    private static boolean isAlive(BindTransaction transaction) {
        try {
            return transaction.connection.isValid((int) Timeouts.seconds(transaction.bind.timeouts().connect()));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Replaces the connection on {@code bind} after {@code failure}, when that is certain to lose and repeat
     * nothing: the connection was lost, the failed statement was the first of the transaction, and no code was
     * handed the connection. The database rolled back the lost connection's transaction, which held nothing else.
     * Returns whether the caller may run its statement again, on a new connection.
     */
    boolean reconnect(String bind, SQLException failure) {
        if (operations != 1 || direct || nested != null || reconnects >= MAX_RECONNECTS
                || SqlErrors.classify(failure) != SqlErrors.Failure.CONNECTION_LOST) {
            return false;
        }
        BindTransaction lost = find(bind);
        if (lost == null) {
            return false;
        }
        reconnects++;
        closeStatements(null);
        dsls = null;
        forget(lost);
        lost.discard();
        return true;
    }

    /**
     * Notes that a statement on {@code bind} failed, where that aborts the transaction (PostgreSQL), so that the
     * transaction is never reported committed: PostgreSQL answers a COMMIT of an aborted transaction by rolling
     * it back, and its driver does not say so. Savepoint rollbacks of nested contexts lift the mark again.
     */
    void statementFailed(String bind, SQLException failure) {
        BindTransaction transaction = find(bind);
        if (transaction != null && transaction.abortedBy == null && transaction.abortsOnFailure()
                && SqlErrors.classify(failure) != SqlErrors.Failure.CONNECTION_LOST) {
            transaction.abortedBy = failure;
        }
    }

    /**
     * A prepared statement for {@code sql} on {@code bind}, reused for the rest of the session: the fixed DAO
     * statements run again and again within one unit of work. A given SQL text is always prepared the same way
     * (the DAOs ask for generated keys on their insert statements only), so on the default database the text
     * itself is the key: the DAOs pass the same cached {@code String} instances, so the first statement is found
     * by {@code equals}' identity check and the others by hash codes computed once, and the hot path builds no
     * key.
     */
    PreparedStatement prepare(String bind, String sql, String[] generatedKeys) throws SQLException {
        String key = bind.isEmpty() ? sql : bind + '\0' + sql;
        return key.equals(firstStatementKey) ? firstStatement
                : anotherStatement(key, bind, sql, generatedKeys);
    }

    private PreparedStatement anotherStatement(String key, String bind, String sql, String[] generatedKeys)
            throws SQLException {
        PreparedStatement statement = moreStatements == null ? null : moreStatements.get(key);
        if (statement == null) {
            Connection connection = connectionFor(bind);
            statement = generatedKeys == null ? connection.prepareStatement(sql)
                    : prepareReturningKeys(connection, bind, sql, generatedKeys);
            if (firstStatement == null) {
                firstStatementKey = key;
                firstStatement = statement;
            } else {
                if (moreStatements == null) {
                    moreStatements = new HashMap<>(8);
                }
                moreStatements.put(key, statement);
            }
        }
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

    /** The transaction on {@code bind}, begun now if this session has none there yet. */
    private BindTransaction transaction(String bind) {
        BindTransaction existing = find(bind);
        return existing != null ? existing : begin(bind);
    }

    private BindTransaction find(String bind) {
        if (first != null && bind.equals(first.name)) {
            return first;
        }
        if (more != null) {
            for (BindTransaction transaction : more) {
                if (transaction.name.equals(bind)) {
                    return transaction;
                }
            }
        }
        return null;
    }

    /**
     * Begins this session's transaction on {@code name}: takes a connection from its pool, bounded by the acquire
     * timeout, and marks every open nested context's savepoint on it. When the connections this thread's enclosing
     * contexts hold are all the pool has, waiting could only end in a timeout, so it fails at once.
     */
    private BindTransaction begin(String name) {
        if (ended) {
            throw ended();
        }
        Bind bind = binds.get(name);
        int held = heldByEnclosingSessions(name);
        if (held > 0 && bind.poolSize() > 0 && held >= bind.poolSize()) {
            throw new ConnectionUnavailableException("Cannot get a connection to " + bind.describe() + ": all "
                    + bind.poolSize() + " connection(s) of its pool are held by contexts this thread opened earlier and "
                    + "has not ended, so waiting would only wait for itself. " + SessionErrors.joinAdvice(), null);
        }
        BindTransaction transaction;
        try {
            transaction = BindTransaction.begin(bind, 1 + MAX_RECONNECTS);
        } catch (SQLException e) {
            throw SessionErrors.unavailable(bind, held, e);
        }
        try {
            markSavepoints(nested, transaction);
        } catch (SQLException e) {
            transaction.discard();
            throw new TablesmithException("Could not set a savepoint for a nested context on " + bind.describe()
                    + ": " + e.getMessage(), e);
        }
        if (first == null) {
            first = transaction;
        } else {
            if (more == null) {
                more = new ArrayList<>(2);
            }
            more.add(transaction);
        }
        return transaction;
    }

    /** Marks {@code frame}'s savepoint and those of the frames it is nested in, outermost first. */
    private static void markSavepoints(SavepointFrame frame, BindTransaction transaction) throws SQLException {
        if (frame != null) {
            markSavepoints(frame.enclosing, transaction);
            frame.mark(transaction);
        }
    }

    private int heldByEnclosingSessions(String bind) {
        int held = 0;
        for (Session session = enclosing; session != null; session = session.enclosing) {
            if (session != this && !session.ended && session.find(bind) != null) {
                held++;
            }
        }
        return held;
    }

    /** Whether a context this thread opened before this session's holds a transaction on {@code bind}. */
    boolean enclosingHolds(String bind) {
        return heldByEnclosingSessions(bind) > 0;
    }

    private void forget(BindTransaction transaction) {
        if (transaction == first) {
            first = more == null || more.isEmpty() ? null : more.remove(0);
        } else if (more != null) {
            more.remove(transaction);
        }
    }

    // ---- Nested contexts ----

    /**
     * Begins a nested context's share of this session: a savepoint on every database the session has touched.
     *
     * @throws IllegalStateException when the calling thread does not hold the session
     */
    SavepointFrame beginNested() {
        checkUsable();
        SavepointFrame frame = new SavepointFrame(nested, changes == null ? 0 : changes.size());
        try {
            for (BindTransaction transaction : transactions()) {
                frame.mark(transaction);
            }
        } catch (SQLException e) {
            throw new TablesmithException("Could not set a savepoint for a nested context: " + e.getMessage(), e);
        }
        nested = frame;
        return frame;
    }

    /**
     * Ends a nested context's share: keeps its work ({@code keep}) by releasing its savepoints, or undoes it by
     * rolling back to them, forgetting its changes for commit listeners. When its work cannot be kept (PostgreSQL
     * refuses to release a savepoint after a failed statement) it is undone and the caller told. When it cannot be
     * undone, the whole transaction is doomed: the outermost context will roll back instead of committing.
     */
    void endNested(SavepointFrame frame, boolean keep) {
        if (nested != frame) {
            throw ContextStack.outOfOrder();
        }
        nested = frame.enclosing;
        if (keep) {
            try {
                frame.release();
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
        try {
            frame.rollback();
        } catch (SQLException e) {
            if (cause != null) {
                e.addSuppressed(cause);
            }
            doomed = e;
            throw new TablesmithException("Could not roll back a nested context's work to its savepoint ("
                    + e.getMessage() + "); the enclosing transaction will be rolled back when it ends", e);
        }
    }

    private void checkNotNested(String operation) {
        if (nested != null) {
            throw new IllegalStateException(operation + " is not allowed inside a nested context: it shares the "
                    + "enclosing context's transaction, which only the outermost context commits or rolls back. To undo "
                    + "the nested context's work, let its block throw or open it with Teardown.ROLLBACK; for a "
                    + "transaction of its own, open it with db.inNewContext(...)");
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
        if (ended) {
            return null;
        }
        RuntimeException failure = null;
        List<ModelChange> committed = null;
        try {
            if (commit && first != null) {
                // Before-commit listeners may still write through the session, so it ends after them.
                beforeCommit();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        ended = true;
        try {
            if (failure != null) {
                rollbackAll();
            } else if (first != null) {
                if (commit) {
                    commitAll();
                    committed = takeChanges();
                } else {
                    rollbackAll();
                }
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        } finally {
            changes = null;
            release(failure);
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
            List<String> binds = names(transactions(), 0, transactions().size());
            throw new CommitFailedException("Nothing was committed: a before-commit listener failed (" + e
                    + "), so the transaction was rolled back", List.of(), binds, List.of(), e);
        }
    }

    /**
     * Commits every transaction, in the order they began. A database that refuses ends the round: the ones after
     * it are rolled back, the ones before it stay committed, and the exception says which is which.
     */
    private void commitAll() {
        List<BindTransaction> all = transactions();
        refuseAborted(all);
        if (doomed != null) {
            rollbackQuietly(all, 0, null);
            throw new CommitFailedException("Nothing was committed: a nested context could not roll back its work to its "
                    + "savepoint (" + doomed.getMessage() + "), so the whole transaction was rolled back",
                    List.of(), names(all, 0, all.size()), List.of(), doomed);
        }
        for (int i = 0; i < all.size(); i++) {
            try {
                all.get(i).commit();
            } catch (SQLException e) {
                boolean lost = SqlErrors.classify(e) == SqlErrors.Failure.CONNECTION_LOST;
                List<String> rolledBack = new ArrayList<>(names(all, lost ? i + 1 : i, all.size()));
                rollbackQuietly(all, lost ? i + 1 : i, e);
                throw SessionErrors.commitFailed(all.get(i).bind, names(all, 0, i), rolledBack,
                        lost ? List.of(all.get(i).name) : List.of(), e);
            }
        }
        transactionsEnded();
    }

    /** Starts the count of operations and direct uses afresh: the next statement begins new transactions. */
    private void transactionsEnded() {
        operations = 0;
        direct = false;
        handedOut = false;
    }

    /**
     * Refuses to commit when a transaction was aborted by a failed statement whose exception the code caught: on
     * PostgreSQL the COMMIT would silently roll everything back. Nothing is committed anywhere then.
     */
    private void refuseAborted(List<BindTransaction> all) {
        for (BindTransaction transaction : all) {
            if (handedOut) {
                transaction.checkNotAborted();
            }
            if (transaction.abortedBy != null) {
                SQLException cause = transaction.abortedBy;
                rollbackQuietly(all, 0, null);
                transactionsEnded();
                throw new CommitFailedException("Nothing was committed: " + transaction.bind.describe() + " had "
                        + "aborted the transaction when a statement in it failed (" + cause.getMessage() + "), and the "
                        + "code went on after catching that failure; PostgreSQL then rolls back instead of committing. "
                        + "Let the failure end the context, or run the statement that may fail in a nested context "
                        + "(db.inContext(...)) whose savepoint undoes it", List.of(), names(all, 0, all.size()),
                        List.of(), cause);
            }
        }
    }

    private void rollbackAll() {
        SQLException failure = rollbackQuietly(transactions(), 0, null);
        transactionsEnded();
        if (failure != null) {
            throw new TablesmithException("Rollback failed: " + failure.getMessage(), failure);
        }
    }

    /**
     * Rolls back the transactions from index {@code from} on; returns the first failure, with later ones
     * suppressed in it (and in {@code cause}, when given, which then is returned).
     */
    private static SQLException rollbackQuietly(List<BindTransaction> all, int from, SQLException cause) {
        SQLException failure = null;
        for (int i = from; i < all.size(); i++) {
            try {
                all.get(i).rollback();
            } catch (SQLException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                } else if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }

    private static List<String> names(List<BindTransaction> all, int from, int to) {
        List<String> names = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            names.add(all.get(i).name);
        }
        return names;
    }

    private List<BindTransaction> transactions() {
        if (first == null) {
            return List.of();
        }
        if (more == null || more.isEmpty()) {
            return List.of(first);
        }
        List<BindTransaction> all = new ArrayList<>(1 + more.size());
        all.add(first);
        all.addAll(more);
        return all;
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
        announcing = true;
        user = LISTENERS;
        try {
            listeners.committed(committed);
        } finally {
            user = null;
            announcing = false;
        }
    }

    private void release(RuntimeException failure) {
        closeStatements(failure);
        for (BindTransaction transaction : transactions()) {
            try {
                transaction.close();
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
        first = null;
        more = null;
        dsls = null;
    }

    private void closeStatements(RuntimeException failure) {
        if (moreStatements != null) {
            for (var statement : moreStatements.values()) {
                closeQuietly(statement, failure);
            }
            moreStatements = null;
        }
        if (firstStatement != null) {
            closeQuietly(firstStatement, failure);
            firstStatement = null;
            firstStatementKey = null;
        }
    }

    /** Closes {@code resource}; a failure to close is added to {@code failure}, if any, and otherwise dropped. */
    private static void closeQuietly(AutoCloseable resource, RuntimeException failure) {
        try {
            resource.close();
        } catch (Exception e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    // ---- Recording and changes ----

    boolean recordsQueries() {
        return recorded != null;
    }

    /**
     * The start of a statement for its recorded duration: {@code System.nanoTime()} while queries are recorded, 0
     * otherwise. Reading the clock is a call into the kernel's time page, tens of nanoseconds, which is a visible
     * part of what a DAO call adds to hand-written JDBC on an in-memory database; it is only worth it when used.
     */
    long startTimer() {
        return recorded == null ? 0 : System.nanoTime();
    }

    /**
     * Records a statement that started at {@code startNanos} (from {@link #startTimer()}) and has just ended. Its
     * wall-clock start is derived from its duration, so the hot path reads one clock, and only while recording.
     */
    void record(String sql, List<Object> parameters, long startNanos) {
        if (recorded != null) {
            long elapsed = System.nanoTime() - startNanos;
            recorded.add(new RecordedQuery(sql, parameters,
                    java.time.Instant.ofEpochMilli(System.currentTimeMillis() - elapsed / 1_000_000),
                    java.time.Duration.ofNanos(elapsed), CallerLocation.find()));
        }
    }

    List<RecordedQuery> recordedQueries() {
        return recorded == null ? List.of() : List.copyOf(recorded);
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

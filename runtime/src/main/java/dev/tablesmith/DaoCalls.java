package dev.tablesmith;

import dev.tablesmith.generated.CompositeKey;
import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RefusedValueException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;

/**
 * How a DAO runs an operation: in the session of the current context, claimed for the operation's duration, with
 * the bind's statements and value binder; a first statement that finds its pooled connection dead runs again on a
 * new one, and every other failure becomes Tablesmith's exception naming the model and the column. Kept apart from
 * {@link AbstractDao}, which says what each operation does, so that these rules read in one place.
 */
final class DaoCalls {
    private final Database database;
    private final ModelTable<?> table;
    /**
     * The bind's value binder and statements, looked up on first use rather than at construction, so that a DAO
     * for a bind the database does not configure can still be built and fails only when used. Racy but safe: every
     * thread computes the same immutable value.
     */
    private Target target;

    DaoCalls(Database database, ModelTable<?> table) {
        this.database = database;
        this.table = table;
    }

    /**
     * Runs jOOQ work in the session of the current context, translating the driver exception inside jOOQ's
     * {@code DataAccessException}.
     */
    <R> R jooq(String action, java.util.function.Function<Session, R> work) {
        Session session = database.session();
        boolean claimed = session.enter();
        try {
            return work.apply(session);
        } catch (org.jooq.exception.DataAccessException e) {
            SQLException cause = e.getCause(SQLException.class);
            if (cause == null) {
                throw e;
            }
            throw translate(session, action, cause);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    /**
     * Runs a fixed-SQL operation in the session of the current context. A first statement that finds its pooled
     * connection dead runs again on a new one (see {@link Session#reconnect}); any other failure is translated.
     */
    <R> R execute(String action, Work<R> work) {
        Session session = database.session();
        Target resolved = target();
        boolean claimed = session.enter();
        try {
            return session.reconnecting(table.bind(),
                    () -> work.run(session, resolved.types(), resolved.statements()));
        } catch (RefusedValueException e) {
            throw InvalidValueException.of(table, action, boundColumn(action, e.index()), e);
        } catch (SQLException e) {
            throw translate(session, action, e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    /** Notes the failed statement in the session (it may have aborted the transaction) and translates it. */
    RuntimeException translate(Session session, String action, SQLException e) {
        session.statementFailed(table.bind(), e);
        return SqlErrors.translate(table, action, e, session.bind(table.bind()), session.enclosingHolds(table.bind()));
    }

    /**
     * The column the operation named {@code action} binds at parameter {@code index}, following the binders'
     * contracts above; {@code null} when it binds none there.
     */
    private Field<?> boundColumn(String action, int index) {
        List<Field<?>> bound = new ArrayList<>();
        switch (action) {
            case "Inserting", "Batch-inserting" -> bound.addAll(table.insertFields());
            case "Upserting" -> {
                if (target().statements().upsertInsert != null) {
                    updated(bound); // MariaDB and MySQL bind the update first: a refused value is refused there
                } else {
                    bound.addAll(target().statements().upsertFields);
                }
            }
            case "Updating" -> updated(bound);
            case "Reading", "Deleting" -> bound.addAll(table.idFields());
            default -> {
            }
        }
        return index >= 1 && index <= bound.size() ? bound.get(index - 1) : null;
    }

    /** The columns an update binds, in order: the updated columns, the id, then the version checked. */
    private void updated(List<Field<?>> bound) {
        bound.addAll(table.updateFields());
        bound.addAll(table.idFields());
        bound.add(table.versionField());
    }

    Target target() {
        Target resolved = target;
        return resolved != null ? resolved : resolveTarget();
    }

    private Target resolveTarget() {
        Bind bind = database.bind(table.bind());
        Target resolved = new Target(bind, bind.types(), bind.statementsOf(table));
        target = resolved;
        return resolved;
    }

    /** What a DAO needs of its bind on every call. */
    record Target(Bind bind, JdbcTypes types, DaoStatements statements) {
    }

    @FunctionalInterface
    interface Work<R> {
        R run(Session session, JdbcTypes types, DaoStatements sql) throws SQLException;
    }

    static void record(Session session, String sql, List<?> parameters, long started) {
        if (session.observes()) {
            session.record(sql, new ArrayList<>(parameters), started);
        }
    }

    /** Records a statement whose one parameter is an id; builds nothing unless queries are recorded. */
    static void recordId(Session session, String sql, Object id, long started) {
        if (session.observes()) {
            List<Object> parameters = new ArrayList<>(1);
            if (id instanceof CompositeKey key) {
                parameters.addAll(key.values());
            } else {
                parameters.add(id);
            }
            session.record(sql, parameters, started);
        }
    }
}

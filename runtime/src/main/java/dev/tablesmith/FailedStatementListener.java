package dev.tablesmith;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Tells the session about statements run through {@link Session#dsl(String)} that failed, so that a transaction a
 * failure aborted (PostgreSQL) is never reported as committed; see {@link Session#statementFailed}. A write refused
 * in a read context's read-only transaction becomes a {@link ReadOnlyTransactionException} that says where to write.
 */
final class FailedStatementListener implements ExecuteListener {
    private final Session session;
    private final String bind;

    FailedStatementListener(Session session, String bind) {
        this.session = session;
        this.bind = bind;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        java.sql.SQLException failure = ctx.sqlException();
        if (failure != null) {
            session.statementFailed(bind, failure);
            if (SqlErrors.classify(failure) == SqlErrors.Failure.READ_ONLY) {
                ctx.exception(SqlErrors.readOnly("The statement \"" + ctx.sql() + "\"", failure));
            }
        }
    }
}

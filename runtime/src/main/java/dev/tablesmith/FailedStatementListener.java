package dev.tablesmith;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Tells the session about statements run through {@link Session#dsl(String)} that failed, so that a transaction a
 * failure aborted (PostgreSQL) is never reported as committed; see {@link Session#statementFailed}.
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
        if (ctx.sqlException() != null) {
            session.statementFailed(bind, ctx.sqlException());
        }
    }
}

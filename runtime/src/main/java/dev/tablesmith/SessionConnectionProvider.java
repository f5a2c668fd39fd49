package dev.tablesmith;

import dev.tablesmith.internal.Dialects;
import java.sql.Connection;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Gives jOOQ, for each query run through {@link Session#dsl(String)}, the session's connection to one database.
 * The connection is looked up per query rather than fixed when the DSL is made, so the transaction begins with the
 * first query, and the session is claimed for the query's duration like any DAO operation: a query from a thread
 * that does not hold the session is refused.
 */
final class SessionConnectionProvider implements ConnectionProvider {
    private final Session session;
    private final String bind;
    /** Queries of this DSL under way (a lazy cursor stays acquired until closed); used by one thread at a time. */
    private int depth;
    private boolean claimed;

    SessionConnectionProvider(Session session, String bind) {
        this.session = session;
        this.bind = bind;
    }

    /**
     * A jOOQ context whose queries run in {@code session}'s transaction on {@code bind}: they are observed like DAO
     * statements, and a failed one is reported to the session (it may have aborted the transaction).
     */
    static DSLContext dsl(Session session, String bind, SQLDialect dialect) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(new SessionConnectionProvider(session, bind)).set(dialect).set(Dialects.settings());
        FailedStatementListener failures = new FailedStatementListener(session, bind);
        if (session.observes()) {
            configuration.set(new RecordingExecuteListener(session), failures);
        } else {
            configuration.set(failures);
        }
        return DSL.using(configuration);
    }

    @Override
    public Connection acquire() {
        boolean claims = session.enter();
        try {
            Connection connection = session.directConnection(bind);
            if (depth++ == 0) {
                claimed = claims;
            } else if (claims) {
                // The outer query runs inside an operation that has ended since; this one holds no claim of its own.
                session.exit();
            }
            return connection;
        } catch (RuntimeException e) {
            if (claims) {
                session.exit();
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection) {
        if (--depth == 0 && claimed) {
            claimed = false;
            session.exit();
        }
    }
}

package dev.tablesmith;

import java.util.Arrays;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Records the queries users run through {@link Session#dsl()}, when the database records queries. */
final class RecordingExecuteListener implements ExecuteListener {
    private final Session session;
    private long startNanos;

    RecordingExecuteListener(Session session) {
        this.session = session;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        startNanos = System.nanoTime();
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        var parameters = ctx.query() == null ? java.util.List.<Object>of()
                : Arrays.asList(ctx.query().getBindValues().toArray());
        session.record(ctx.sql(), parameters, startNanos);
    }
}

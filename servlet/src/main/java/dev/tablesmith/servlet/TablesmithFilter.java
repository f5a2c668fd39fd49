package dev.tablesmith.servlet;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.servlet.internal.RequestScope;
import dev.tablesmith.servlet.internal.RollbackPolicy;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Tablesmith context per HTTP request, like Flask-SQLAlchemy's session scoped to the application context: DAO
 * calls anywhere in the request join it, it takes a connection only if the request uses the database, and it ends
 * when the filter chain returns, on the request's thread.
 *
 * <p>The unit of work rolls back when an exception escapes the chain or the response status is 5xx (an error the
 * application rendered itself, or {@code sendError(503)}), and commits otherwise; {@link #withRollbackOnStatus} and
 * {@link #withNoRollbackFor} change that. A {@link NotFoundException} that escapes becomes
 * {@code sendError(404, message)}, so a 404 error page configured in the container renders it, as Flask's
 * {@code abort(404)} goes through the application's 404 handler; {@link #withoutNotFoundMapping()} lets it through
 * to the container instead (for an error page mapped to the exception type).
 *
 * <p>A commit that fails is never lost: the {@link dev.tablesmith.CommitFailedException} leaves the filter, so a
 * container whose response is not yet committed discards what the application wrote and answers 500. When the
 * response was already committed (flushed, closed, or larger than the container's buffer) the status cannot change
 * any more; the failure is logged and still thrown, and containers such as Jetty then abort the response, so the
 * client does not see a complete success.
 *
 * <p>Asynchronous requests are refused: {@code request.startAsync()} throws an {@link IllegalStateException} that
 * says why, because a context must end on the thread that opened it. Leave asynchronous paths out of the filter's
 * mapping (or {@link #skipping}).
 *
 * <pre>{@code
 * ServletContextHandler handler = new ServletContextHandler();
 * handler.addFilter(new FilterHolder(new TablesmithFilter(db)), "/*", EnumSet.of(DispatcherType.REQUEST));
 * }</pre>
 *
 * Instances are immutable; the {@code with...} methods return configured copies.
 */
public final class TablesmithFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(TablesmithFilter.class);

    private final Database db;
    private final RollbackPolicy policy;
    private final boolean mapsNotFound;
    private final Predicate<HttpServletRequest> skipped;

    /** A filter that gives each request a context of {@code db}, with the default rules. */
    public TablesmithFilter(Database db) {
        this(Objects.requireNonNull(db, "db"), RollbackPolicy.defaults(), true, request -> false);
    }

    private TablesmithFilter(Database db, RollbackPolicy policy, boolean mapsNotFound,
            Predicate<HttpServletRequest> skipped) {
        this.db = db;
        this.policy = policy;
        this.mapsNotFound = mapsNotFound;
        this.skipped = skipped;
    }

    /**
     * A copy that rolls back when {@code rollsBack} accepts the response status, instead of on 5xx; an exception
     * that escapes the chain still rolls back.
     */
    public TablesmithFilter withRollbackOnStatus(IntPredicate rollsBack) {
        return new TablesmithFilter(db, policy.status(rollsBack), mapsNotFound, skipped);
    }

    /**
     * A copy that commits when an exception of one of {@code types} escapes the chain (e.g. a framework's control-flow
     * exception), unless the status rolls back.
     */
    @SafeVarargs
    public final TablesmithFilter withNoRollbackFor(Class<? extends Throwable>... types) {
        List<Class<? extends Throwable>> list = new ArrayList<>();
        for (Class<? extends Throwable> type : types) {
            list.add(type);
        }
        return new TablesmithFilter(db, policy.noRollbackFor(list), mapsNotFound, skipped);
    }

    /** A copy that lets a {@link NotFoundException} through to the container instead of sending a 404. */
    public TablesmithFilter withoutNotFoundMapping() {
        return new TablesmithFilter(db, policy, false, skipped);
    }

    /**
     * A copy that passes the requests {@code requests} accepts through without a context, e.g. an asynchronous
     * endpoint that opens contexts of its own.
     */
    public TablesmithFilter skipping(Predicate<HttpServletRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        return new TablesmithFilter(db, policy, mapsNotFound, skipped.or(requests));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || RequestScope.active(req) || skipped.test(request)) {
            chain.doFilter(req, res);
            return;
        }
        Throwable failure = RequestScope.run(db, policy, request, response, chain);
        if (mapsNotFound && failure instanceof NotFoundException notFound && !response.isCommitted()) {
            LOG.debug("Answering 404 for {}", request.getRequestURI(), notFound);
            response.sendError(HttpServletResponse.SC_NOT_FOUND, notFound.getMessage());
            return;
        }
        RequestScope.rethrow(failure);
    }
}

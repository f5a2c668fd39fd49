package dev.tablesmith.servlet.internal;

import dev.tablesmith.Database;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request's filter chain in a unit of work of its own, on the request's thread, and ends it there. Public
 * for {@code TablesmithFilter} and {@code tablesmith-javalin} only.
 */
public final class RequestScope {
    private static final Logger LOG = LoggerFactory.getLogger(RequestScope.class);

    private RequestScope() {
    }

    /** Whether {@code request} already runs in a request scope: a forward, an include, or a second filter. */
    public static boolean active(ServletRequest request) {
        return request.getAttribute(RequestWork.ATTRIBUTE) != null;
    }

    /**
     * Opens a context, runs {@code chain} with asynchronous processing refused, and ends the context unless the
     * framework did ({@link RequestWork#end}) — by {@code policy}, from the response status and the exception that
     * escaped.
     *
     * @return what the request failed with, for the caller to answer or rethrow: the exception that escaped the
     *     chain (with a failure to end the work suppressed in it), or the failure to end the work; null if none
     */
    public static Throwable run(Database db, RollbackPolicy policy, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) {
        RequestWork work = RequestWork.open(db, policy);
        Throwable failure = null;
        request.setAttribute(RequestWork.ATTRIBUTE, work);
        try {
            chain.doFilter(new AsyncRefusingRequest(request), response);
            if (request.isAsyncStarted()) {
                // Started on the container's own request object, past the wrapper.
                failure = new IllegalStateException(AsyncRefusingRequest.REFUSAL);
                work.failed(failure, false);
            }
        } catch (Throwable e) {
            failure = e;
            work.failed(e, false);
        } finally {
            request.removeAttribute(RequestWork.ATTRIBUTE);
        }
        return end(work, response, failure);
    }

    private static Throwable end(RequestWork work, HttpServletResponse response, Throwable failure) {
        if (work.ended()) {
            return failure;
        }
        try {
            work.end(response.getStatus());
            return failure;
        } catch (RuntimeException | Error endFailure) {
            if (response.isCommitted()) {
                LOG.error("The request's unit of work failed to end after its response was sent with status {}; the "
                        + "client may have seen it as a success", response.getStatus(), endFailure);
            }
            if (failure == null) {
                return endFailure;
            }
            failure.addSuppressed(endFailure);
            return failure;
        }
    }

    /** Throws {@code failure} as a filter may: unchanged when it can, else inside a {@link ServletException}. */
    public static void rethrow(Throwable failure) throws IOException, ServletException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof ServletException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new ServletException(failure);
        }
    }
}

package dev.tablesmith.servlet.internal;

import dev.tablesmith.Context;
import dev.tablesmith.Database;

/**
 * One request's unit of work: the context opened for it, the exception it ended with, and how it ends. It lives in a
 * request attribute while the request runs on the thread that opened it, so that a framework integration can end
 * it before the response is written. Public for {@code tablesmith-javalin} and
 * {@code tablesmith-spring-boot} only.
 */
public final class RequestWork {
    /** The request attribute that holds the current request's work. */
    public static final String ATTRIBUTE = RequestWork.class.getName();

    private final Context context;
    private final RollbackPolicy policy;
    private Throwable exception;
    private boolean handled;
    /** An exception a framework saw on its way to the application's handlers, which may or may not answer it. */
    private Throwable seen;
    private boolean ended;

    private RequestWork(Context context, RollbackPolicy policy) {
        this.context = context;
        this.policy = policy;
    }

    /** Opens a context for a request on the current thread. */
    public static RequestWork open(Database db, RollbackPolicy policy) {
        return new RequestWork(db.openContext(), policy);
    }

    /**
     * Records the exception the request failed with; the first one counts, as later ones usually follow from it.
     *
     * @param handled whether the application turned it into a response itself
     */
    public void failed(Throwable cause, boolean handled) {
        if (exception == null) {
            exception = cause;
            this.handled = handled;
        }
    }

    /**
     * Notes an exception a framework met before handing it to the application's handlers, without deciding whether
     * it was handled: it counts only for the rollback-for types.
     */
    public void saw(Throwable cause) {
        if (seen == null) {
            seen = cause;
        }
    }

    /** Marks the recorded exception as one the application did not handle (the integration answered for it). */
    public void unhandled(Throwable cause) {
        if (exception == null || exception == cause) {
            exception = cause;
            handled = false;
        }
    }

    /** Whether {@link #end} was called. */
    public boolean ended() {
        return ended;
    }

    /**
     * Ends the unit of work on the thread that opened it: rolls back if the policy says so for {@code status} and the
     * recorded exception, commits otherwise.
     *
     * @return whether it rolled back
     * @throws dev.tablesmith.CommitFailedException when the commit failed (nothing is left open)
     */
    public boolean end(int status) {
        ended = true;
        boolean rollsBack = policy.rollsBack(status, exception, handled) || policy.rollsBackFor(seen);
        if (rollsBack) {
            Throwable cause = exception != null ? exception : seen;
            context.fail(cause != null ? cause : new IllegalStateException("the response status is " + status));
        }
        try {
            context.close();
        } catch (IllegalStateException e) {
            // Application code left a context open inside the request's (or a wrapped task still runs): roll all of
            // it back, so that the pooled thread's next request starts clean, and report the misuse.
            context.abort();
            throw e;
        }
        return rollsBack;
    }
}

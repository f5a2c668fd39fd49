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
        boolean rollsBack = policy.rollsBack(status, exception, handled);
        if (rollsBack) {
            context.fail(exception != null ? exception : new IllegalStateException("the response status is "
                    + status));
        }
        context.close();
        return rollsBack;
    }
}

package dev.tablesmith.servlet.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the application sees it in a request scope: asynchronous processing is refused with a
 * message that says why, before any asynchronous work starts, instead of leaving the request's context behind on a
 * pool thread or ending it on a thread that did not open it.
 */
final class AsyncRefusingRequest extends HttpServletRequestWrapper {
    static final String REFUSAL = "Tablesmith's per-request context (TablesmithFilter, TablesmithPlugin) refuses "
            + "asynchronous requests (request.startAsync(), Javalin's ctx.future(...)): the context must end on the "
            + "thread that opened it, and an asynchronous request completes on another. Handle the request "
            + "synchronously (on virtual threads if threads are scarce), or leave this path out (the filter's URL "
            + "mapping, or skipping(...)) and open contexts in the asynchronous work with db.inContext(...)";

    AsyncRefusingRequest(HttpServletRequest request) {
        super(request);
    }

    /** False, so that frameworks which ask first handle the request synchronously. */
    @Override
    public boolean isAsyncSupported() {
        return false;
    }

    @Override
    public AsyncContext startAsync() {
        throw new IllegalStateException(REFUSAL);
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        throw new IllegalStateException(REFUSAL);
    }
}

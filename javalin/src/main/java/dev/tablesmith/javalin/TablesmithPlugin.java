package dev.tablesmith.javalin;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.servlet.internal.RequestScope;
import dev.tablesmith.servlet.internal.RequestWork;
import dev.tablesmith.servlet.internal.RollbackPolicy;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import io.javalin.http.servlet.TaskInitializer;
import io.javalin.plugin.Plugin;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import kotlin.Unit;
import kotlin.jvm.functions.Function2;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * One Tablesmith context per Javalin 7 request: {@code config.registerPlugin(new TablesmithPlugin(db))}.
 *
 * <p>The context opens before Javalin sees the request, in a filter on Javalin's Jetty, on the thread that runs the
 * request (a virtual thread with {@code config.concurrency.useVirtualThreads}), so before-handlers, the endpoint,
 * exception and error handlers and after-handlers all share it. It ends after the last after-handler and before
 * Javalin writes the response, so the outcome can still show: a commit that fails goes through Javalin's exception
 * handling like any exception (a 500 unless the application maps {@code CommitFailedException}).
 *
 * <p>It rolls back when the final status is 5xx — including an exception that {@code exception(...)} maps to a 500,
 * and one nobody maps, which Javalin answers with 500 — and when a {@link NotFoundException} is not mapped by the
 * application: the plugin answers it with 404 as Javalin answers a {@code NotFoundResponse} (so {@code error(404,
 * ...)} renders it), and, the work having been aborted, rolls back. An exception the application maps to a status
 * below 500 commits, as in Flask, where an error handler's response reaches teardown as no error;
 * {@link #withRollbackFor} makes chosen types roll back anyway. A status below 500 set without an exception commits.
 *
 * <p>{@code ctx.future(...)} (and so {@code ctx.async}, SSE) is refused with a 500 and a logged
 * {@link IllegalStateException} before the future's supplier runs, because a context must end on the thread that
 * opened it; {@link #skipping} leaves such paths out.
 *
 * <p>Instances are immutable; the {@code with...} methods return configured copies.
 */
public final class TablesmithPlugin extends Plugin<Void> {
    private final Database db;
    private final RollbackPolicy policy;
    private final boolean mapsNotFound;
    private final Predicate<HttpServletRequest> skipped;

    /** A plugin that gives each request a context of {@code db}, with the default rules. */
    public TablesmithPlugin(Database db) {
        this(Objects.requireNonNull(db, "db"), RollbackPolicy.defaults(), true, request -> false);
    }

    private TablesmithPlugin(Database db, RollbackPolicy policy, boolean mapsNotFound,
            Predicate<HttpServletRequest> skipped) {
        this.db = db;
        this.policy = policy;
        this.mapsNotFound = mapsNotFound;
        this.skipped = skipped;
    }

    /** A copy that rolls back when {@code rollsBack} accepts the final status, instead of on 5xx. */
    public TablesmithPlugin withRollbackOnStatus(IntPredicate rollsBack) {
        return new TablesmithPlugin(db, policy.status(rollsBack), mapsNotFound, skipped);
    }

    /** A copy that rolls back on exceptions of {@code types} even when the application maps them below 500. */
    @SafeVarargs
    public final TablesmithPlugin withRollbackFor(Class<? extends Throwable>... types) {
        List<Class<? extends Throwable>> list = new ArrayList<>();
        for (Class<? extends Throwable> type : types) {
            list.add(type);
        }
        return new TablesmithPlugin(db, policy.rollbackFor(list), mapsNotFound, skipped);
    }

    /** A copy that commits despite an unmapped {@link NotFoundException} (or other {@code types}), status allowing. */
    @SafeVarargs
    public final TablesmithPlugin withNoRollbackFor(Class<? extends Throwable>... types) {
        List<Class<? extends Throwable>> list = new ArrayList<>();
        for (Class<? extends Throwable> type : types) {
            list.add(type);
        }
        return new TablesmithPlugin(db, policy.noRollbackFor(list), mapsNotFound, skipped);
    }

    /** A copy that leaves {@link NotFoundException} to Javalin's exception handling (a 500 unless mapped). */
    public TablesmithPlugin withoutNotFoundMapping() {
        return new TablesmithPlugin(db, policy, false, skipped);
    }

    /** A copy that runs the requests {@code requests} accepts without a context, e.g. an SSE endpoint. */
    public TablesmithPlugin skipping(Predicate<HttpServletRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        return new TablesmithPlugin(db, policy, mapsNotFound, skipped.or(requests));
    }

    /**
     * Maps {@link NotFoundException} when the plugin is registered, so that an application's own
     * {@code exception(NotFoundException.class, ...)}, registered after the plugin, replaces the mapping.
     */
    @Override
    public void onInitialize(JavalinState state) {
        if (mapsNotFound) {
            state.routes.exception(NotFoundException.class, TablesmithPlugin::notFound);
        }
    }

    @Override
    public void onStart(JavalinState state) {
        Filter scope = (req, res, chain) -> {
            if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                    && !RequestScope.active(req) && !skipped.test(request)) {
                RequestScope.rethrow(RequestScope.run(db, policy, request, response, chain));
            } else {
                chain.doFilter(req, res);
            }
        };
        state.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(scope), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        // After the application's configuration, so that a lifecycle it set is the one extended.
        List<TaskInitializer<JavalinServletContext>> lifecycle = state.servletRequestLifecycle;
        lifecycle.replaceAll(TablesmithPlugin::recordingExceptions);
        lifecycle.add(TablesmithPlugin::endingTheWork);
    }

    /** Javalin's answer to a {@code NotFoundResponse}, for a lookup that found nothing; the work was aborted. */
    private static void notFound(NotFoundException e, Context ctx) {
        RequestWork work = work(ctx);
        if (work != null) {
            work.unhandled(e);
        }
        HttpResponseExceptionMapper.INSTANCE.handle(new NotFoundResponse(e.getMessage()), ctx);
    }

    /** The initializer's tasks, each telling the request's work which exception it threw, before Javalin maps it. */
    private static TaskInitializer<JavalinServletContext> recordingExceptions(
            TaskInitializer<JavalinServletContext> initializer) {
        return (submit, servlet, ctx, requestUri) -> initializer.createTasks((order, task) -> submit.invoke(order,
                new Task(task.getSkipOnExceptionAndRedirect(), () -> {
                    try {
                        return task.getHandler().handle();
                    } catch (Throwable e) {
                        RequestWork work = work(ctx);
                        if (work != null) {
                            work.failed(e, true);
                        }
                        throw e;
                    }
                })), servlet, ctx, requestUri);
    }

    /** The last task: ends the work before the response is written; a failed commit goes to the exception mapping. */
    private static void endingTheWork(Function2<? super SubmitOrder, ? super Task, Unit> submit,
            JavalinServlet servlet, JavalinServletContext ctx, String requestUri) {
        submit.invoke(SubmitOrder.LAST, new Task(false, () -> {
            RequestWork work = work(ctx);
            if (work != null && !work.ended()) {
                work.end(ctx.statusCode());
            }
            return Unit.INSTANCE;
        }));
    }

    private static RequestWork work(Context ctx) {
        return (RequestWork) ctx.req().getAttribute(RequestWork.ATTRIBUTE);
    }
}

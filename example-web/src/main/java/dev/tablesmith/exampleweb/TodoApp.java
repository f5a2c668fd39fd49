package dev.tablesmith.exampleweb;

import static dev.tablesmith.exampleweb.TodoTable.TODO;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import dev.tablesmith.javalin.TablesmithPlugin;
import dev.tablesmith.servlet.Pagination;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson3;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * The todo service: users, their todos, a page at a time. Every request runs in one Tablesmith context, opened by
 * {@link TablesmithPlugin}: the DAOs below need no connection or transaction handling of their own, and a request
 * that fails — whatever it wrote before — leaves nothing behind.
 *
 * <pre>
 * POST   /users              {"username":"ada","todos":["..."]}  201 user; 409 when the name is taken
 * GET    /users/{id}                                             200 user; 404
 * GET    /users/{id}/todos   ?page=1&amp;per_page=20                 200 page of todos, oldest first; 404
 * POST   /users/{id}/todos   {"title":"..."}                     201 todo; 404; 409 when the list has that title
 * GET    /todos/{id}                                             200 todo; 404
 * PATCH  /todos/{id}         {"title":"...","done":true}         200 todo; 404; 409
 * DELETE /todos/{id}                                             204; 404
 * </pre>
 */
public final class TodoApp {
    /**
     * What a conflict on each table means to a client. Each table has one unique key besides its generated id, so the
     * table says which was broken.
     */
    private static final Map<String, String> CONFLICTS = Map.of(
            "user", "that username is taken",
            "todo", "the list already has a todo with that title");

    /** {@code POST /users}: a new user and, optionally, the first items of their list. */
    public record NewUser(String username, List<String> todos) {
    }

    /** {@code POST /users/{id}/todos}. */
    public record NewTodo(String title) {
    }

    /** {@code PATCH /todos/{id}}: the fields to change; those left out (null) stay as they are. */
    public record TodoChange(String title, Boolean done) {
    }

    /** A page of todos, with what a client needs to ask for the next one (Flask-SQLAlchemy's pagination). */
    public record TodoPage(List<Todo> items, int page, int perPage, long total, int pages, boolean hasNext) {
        public static TodoPage of(Page<Todo> page) {
            return new TodoPage(page.items(), page.page(), page.perPage(), page.total(), page.pages(),
                    page.hasNext());
        }
    }

    private TodoApp() {
    }

    /**
     * Configures {@code config} as the todo service on {@code db}. The caller says where it listens; tests add
     * handlers of their own after it.
     */
    public static void configure(JavalinConfig config, Database db) {
        UserDao users = new UserDao(db);
        TodoDao todos = new TodoDao(db);

        config.startup.showJavalinBanner = false;
        config.concurrency.useVirtualThreads = true; // a blocking handler per request costs a virtual thread
        config.jsonMapper(jsonMapper());
        // One context per request. By default a 4xx commits, as in Flask, unless the request's database work failed
        // (then it rolls back whatever the answer); here every error answer rolls back, including a 404 or 400 that a
        // handler raises after writing.
        config.registerPlugin(new TablesmithPlugin(db).withRollbackOnStatus(status -> status >= 400));
        config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        config.routes.exception(ConstraintViolationException.class,
                (e, ctx) -> error(ctx, 409, conflict(e.table())));
        config.routes.exception(InvalidValueException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));

        config.routes.post("/users", ctx -> {
            NewUser body = ctx.bodyValidator(NewUser.class)
                    .check(b -> b.username() != null && !b.username().isBlank(), "username is required")
                    .get();
            User user = users.insert(User.named(body.username()));
            List<String> titles = body.todos() == null ? List.of() : body.todos();
            todos.insertAll(titles.stream().map(title -> Todo.create(user.id(), title)).toList());
            ctx.status(201).json(user);
        });
        config.routes.get("/users/{id}", ctx -> ctx.json(users.getById(id(ctx))));
        config.routes.get("/users/{id}/todos", ctx -> {
            User user = users.getById(id(ctx));
            Page<Todo> page = Pagination.of(ctx.req())
                    .page(todos.where(TODO.USER_ID.eq(user.id())).orderBy(TODO.ID));
            ctx.json(TodoPage.of(page));
        });
        config.routes.post("/users/{id}/todos", ctx -> {
            User user = users.getById(id(ctx));
            NewTodo body = ctx.bodyValidator(NewTodo.class)
                    .check(b -> b.title() != null && !b.title().isBlank(), "title is required")
                    .get();
            ctx.status(201).json(todos.insert(Todo.create(user.id(), body.title())));
        });
        config.routes.get("/todos/{id}", ctx -> ctx.json(todos.getById(id(ctx))));
        config.routes.patch("/todos/{id}", ctx -> {
            Todo todo = todos.getById(id(ctx));
            TodoChange change = ctx.bodyValidator(TodoChange.class).get();
            if (change.title() != null) {
                todo = todo.withTitle(change.title());
            }
            if (change.done() != null) {
                todo = todo.withDone(change.done());
            }
            ctx.json(todos.update(todo));
        });
        config.routes.delete("/todos/{id}", ctx -> {
            todos.delete(todos.getById(id(ctx)));
            ctx.status(204);
        });
    }

    /** Jackson 3 for records, writing instants as ISO-8601 text ("2026-11-29T18:25:39.263289Z"), not seconds. */
    public static JavalinJackson3 jsonMapper() {
        return new JavalinJackson3().updateMapper(json -> json.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS));
    }

    /** What a conflict on {@code table} means to a client. */
    public static String conflict(String table) {
        String meaning = table == null ? null : CONFLICTS.get(table);
        return meaning != null ? meaning : "conflicts with data already stored";
    }

    /** Answers {@code {"error": message}} with {@code status}. */
    public static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}

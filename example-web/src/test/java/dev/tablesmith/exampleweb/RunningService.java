package dev.tablesmith.exampleweb;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.javalin.TablesmithPlugin;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The todo service on 127.0.0.1 and an ephemeral port, and an HTTP client whose every wait is bounded. */
final class RunningService implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Javalin app;

    private RunningService(Javalin app) {
        this.app = app;
    }

    static RunningService start(Database db) {
        return start(db, config -> {
        });
    }

    /** Starts the service, with {@code extra} configuration (test handlers) added after the service's own. */
    static RunningService start(Database db, Consumer<JavalinConfig> extra) {
        return new RunningService(Javalin.create(config -> {
            TodoApp.configure(config, db);
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            extra.accept(config);
        }).start());
    }

    /**
     * The service's {@code POST /users} alone, with the plugin's default rules instead of the service's, which roll
     * back every error answer.
     */
    static RunningService startWithDefaultPlugin(Database db) {
        UserDao users = new UserDao(db);
        TodoDao todos = new TodoDao(db);
        return new RunningService(Javalin.create(config -> {
            config.jsonMapper(TodoApp.jsonMapper());
            config.registerPlugin(new TablesmithPlugin(db));
            config.routes.exception(ConstraintViolationException.class,
                    (e, ctx) -> TodoApp.error(ctx, 409, TodoApp.conflict(e.table())));
            config.routes.post("/users", ctx -> {
                TodoApp.NewUser body = ctx.bodyAsClass(TodoApp.NewUser.class);
                User user = users.insert(User.named(body.username()));
                todos.insertAll(body.todos().stream().map(title -> Todo.create(user.id(), title)).toList());
                ctx.status(201).json(user);
            });
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
        }).start());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** Sends a POST without waiting for the answer, to have several requests in flight at once. */
    CompletableFuture<HttpResponse<String>> postAsync(String path, String json) {
        return CLIENT.sendAsync(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        app.stop();
    }
}

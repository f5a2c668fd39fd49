package dev.tablesmith.javalin;

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

/** A Javalin 7 app on 127.0.0.1 and an ephemeral port, and an HTTP client whose every wait is bounded. */
final class JavalinApp implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Javalin app;

    private JavalinApp(Javalin app) {
        this.app = app;
    }

    /** Starts an app with {@code plugin} registered first, then {@code routes}, handling requests on virtual threads. */
    static JavalinApp start(TablesmithPlugin plugin, Consumer<JavalinConfig> routes) {
        return start(plugin, true, routes);
    }

    static JavalinApp start(TablesmithPlugin plugin, boolean virtualThreads, Consumer<JavalinConfig> routes) {
        return new JavalinApp(Javalin.create(config -> {
            config.concurrency.useVirtualThreads = virtualThreads;
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.registerPlugin(plugin);
            routes.accept(config);
        }).start());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Subscribes to server-sent events at {@code path} and reads them until the server ends the stream. */
    HttpResponse<String> events(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a POST without waiting for the answer, to have several requests in flight at once. */
    CompletableFuture<HttpResponse<String>> postAsync(String path) {
        return CLIENT.sendAsync(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        app.stop();
    }
}

package dev.tablesmith.spring.boot;

import dev.tablesmith.Database;
import dev.tablesmith.spring.boot.app.NotesApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The test application on Boot's embedded Tomcat, on 127.0.0.1 and an ephemeral port, and an HTTP client whose every
 * wait is bounded.
 */
final class BootApp implements AutoCloseable {
    /** Quiet start-ups, and no stack traces of the failures the tests provoke on purpose. */
    static final List<String> QUIET = List.of("spring.main.banner-mode=off", "logging.level.root=warn",
            "logging.level.org.apache.catalina.core=off");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ConfigurableApplicationContext context;
    private final int port;

    private BootApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Starts {@link NotesApp} on {@code database} with {@code properties} added. */
    static BootApp start(TestDatabase database, String... properties) {
        List<String> all = new ArrayList<>(QUIET);
        all.addAll(List.of("server.address=127.0.0.1", "server.port=0"));
        all.addAll(database.properties());
        all.addAll(List.of(properties));
        return new BootApp(new SpringApplicationBuilder(NotesApp.class).properties(all.toArray(new String[0]))
                .run());
    }

    Database db() {
        return context.getBean(Database.class);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }
}

package dev.tablesmith.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty 12 (ee10) on 127.0.0.1 and an ephemeral port, with a filter in front of one servlet that routes
 * each path to a test's handler, and an HTTP client whose every wait is bounded.
 */
final class JettyApp implements AutoCloseable {
    /** A request handler of a test. */
    @FunctionalInterface
    interface Route {
        void handle(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Server server;
    private final int port;

    private JettyApp(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server whose requests pass through {@code filter} to {@code routes}, keyed by path. */
    static JettyApp start(Filter filter, Map<String, Route> routes) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder filterHolder = new FilterHolder(filter);
        filterHolder.setAsyncSupported(true); // so that an async refusal is the filter's, not the container's
        context.addFilter(filterHolder, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder servlet = new ServletHolder(new RoutingServlet(Map.copyOf(routes)));
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/*");
        server.setHandler(context);
        server.start();
        return new JettyApp(server, connector.getLocalPort());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a POST without waiting for the answer, to have several requests in flight at once. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(String path) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }

    /** Sends each request to the route of its path; a route's checked exception leaves as a ServletException. */
    private static final class RoutingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Route> routes;

        RoutingServlet(Map<String, Route> routes) {
            this.routes = routes;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            Route route = routes.get(request.getRequestURI());
            if (route == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no route " + request.getRequestURI());
                return;
            }
            try {
                route.handle(request, response);
            } catch (RuntimeException | IOException | ServletException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException(e);
            }
        }
    }
}

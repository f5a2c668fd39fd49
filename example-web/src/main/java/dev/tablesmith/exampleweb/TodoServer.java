package dev.tablesmith.exampleweb;

import dev.tablesmith.Database;
import io.javalin.Javalin;

/**
 * Runs the todo service until the process is stopped: on the embedded default (H2 in memory) unless
 * {@code -Ddatabase.url} names another database ({@code -Ddatabase.user}, {@code -Ddatabase.password}), on
 * 127.0.0.1 and {@code -Dport} (7070 by default).
 */
public final class TodoServer {
    private TodoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = System.getProperty("database.url");
        Database db = url == null || url.isBlank() ? Database.inMemory()
                : Database.builder().url(url).user(System.getProperty("database.user"))
                        .password(System.getProperty("database.password")).build();
        db.createAll();
        Javalin app = Javalin.create(config -> {
            TodoApp.configure(config, db);
            config.jetty.host = "127.0.0.1";
            config.jetty.port = Integer.getInteger("port", 7070);
        }).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }));
        System.out.println("Todo service on " + db.dialect() + " listening at http://127.0.0.1:" + app.port()
                + "/ (Ctrl+C stops it)");
        Thread.currentThread().join();
    }
}

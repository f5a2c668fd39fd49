package dev.tablesmith.it.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.Database;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing a {@code Database} frees the in-memory database that {@code Database.inMemory()} made, at once, even with
 * every pooled connection in use; and it never touches an in-memory database the application named itself.
 */
class InMemoryLifecycleTest {

    @Test
    void closingWithEveryConnectionInUseIsQuickAndFreesTheInMemoryDatabase() throws Exception {
        Database db = Database.builder().inMemory().poolSize(1).build();
        db.createAll();
        String url = db.engine().unwrap(HikariDataSource.class).getJdbcUrl();
        UserDao users = new UserDao(db);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            other.submit(() -> {
                db.inContext(() -> {
                    users.insert(new User("ada", null));
                    holding.countDown();
                    release.await(10, TimeUnit.SECONDS);
                });
                return null;
            });
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            long started = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(20), db::close);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "close took " + took);
            release.countDown();
        }
        SQLException gone = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url.replace(";DB_CLOSE_DELAY=-1", ";IFEXISTS=TRUE")).close());
        assertTrue(gone.getMessage().contains("not found"), gone.getMessage());
    }

    @Test
    void anInMemoryDatabaseTheApplicationNamedOutlivesTheDatabaseObject() throws Exception {
        String url = "jdbc:h2:mem:kept-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Database db = Database.connect(url)) {
            db.createAll();
            db.inContext(() -> new UserDao(db).insert(new User("ada", null)));
        }
        try (Database db = Database.connect(url)) {
            assertEquals(1L, (long) db.inContext(new UserDao(db)::count), "DB_CLOSE_DELAY=-1 kept the data");
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }
}

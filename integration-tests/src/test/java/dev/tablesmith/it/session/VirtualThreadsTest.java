package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.Database;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One context per virtual thread: 10,000 at once over a pool of 10, and no connection leaks. */
class VirtualThreadsTest {
    private static final int CONTEXTS = 10_000;

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void tenThousandConcurrentContextsShareAPoolOfTenAndGiveEveryConnectionBack(TestDatabase target)
            throws Exception {
        try (Database db = TestDatabase.fresh(target.builder().poolSize(10).build())) {
            UserDao users = new UserDao(db);
            long id = db.inContext(() -> users.insert(new User("shared", null)).getId());
            List<Future<String>> results = new ArrayList<>(CONTEXTS);
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CONTEXTS; i++) {
                    results.add(executor.submit(() -> db.inContext(() -> users.getById(id).getUsername())));
                }
            }
            for (Future<String> result : results) {
                assertEquals("shared", result.get());
            }
            assertEquals(0, Pools.active(db), "the pool's active count is back to 0");
        }
    }
}

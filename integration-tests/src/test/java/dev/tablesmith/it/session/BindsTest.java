package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConfigurationException;
import dev.tablesmith.Database;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Models of the {@code analytics} bind live in a second database, next to the default one. */
class BindsTest {
    private static final String ANALYTICS = "analytics";

    private static Database open(TestDatabase target) {
        Database db = target.builder()
                .bind(ANALYTICS, "jdbc:h2:mem:analytics-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .build();
        db.dropAll();
        db.createAll();
        return db;
    }

    @ParameterizedTest(name = "[{0}] + h2")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void eachModelIsStoredInItsOwnDatabaseAndTheSameTableNameExistsInBoth(TestDatabase target) {
        try (Database db = open(target)) {
            UserDao users = new UserDao(db);
            AnalyticsUserDao analyticsUsers = new AnalyticsUserDao(db);
            PageViewDao views = new PageViewDao(db);
            db.inContext(() -> {
                User ada = users.insert(new User("ada", null));
                analyticsUsers.insert(new AnalyticsUser(ada.getId(), 3));
                views.insert(new PageView(null, "/home"));
                assertEquals(1, Pools.active(db), "one connection to the default database");
                assertEquals(1, Pools.active(db, ANALYTICS), "one connection to the analytics database");
            });
            assertEquals(1L, (long) db.inContext(users::count));
            assertEquals(3, db.inContext(() -> analyticsUsers.all()).get(0).visits());
            assertEquals(1L, (long) db.inContext(views::count));
            long defaultUserTables = db.inContext(() -> db.session().dsl().fetchCount(db.session().dsl()
                    .selectFrom(dev.tablesmith.it.model.UserTable.USER)));
            assertEquals(1, defaultUserTables);
        }
    }

    @ParameterizedTest(name = "[{0}] + h2")
    @MethodSource("dev.tablesmith.it.TestDatabases#h2AndPostgres")
    void aFailedContextRollsBackEveryBindItTouched(TestDatabase target) {
        try (Database db = open(target)) {
            assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                new UserDao(db).insert(new User("ada", null));
                new PageViewDao(db).insert(new PageView(null, "/lost"));
                throw new IllegalStateException("failed");
            }));
            assertEquals(0L, (long) db.inContext(new UserDao(db)::count));
            assertEquals(0L, (long) db.inContext(new PageViewDao(db)::count));
        }
    }

    @Test
    void createAllForOneBindCreatesOnlyItsTables() {
        try (Database db = Database.builder().inMemory()
                .bind(ANALYTICS, "jdbc:h2:mem:analytics-only-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .build()) {
            db.createAll(ANALYTICS);
            assertEquals(0L, (long) db.inContext(new PageViewDao(db)::count));
            assertThrows(RuntimeException.class, () -> db.inContext(new UserDao(db)::count),
                    "the default database has no user table yet");
        }
    }

    @Test
    void anUnknownBindIsAClearError() {
        try (Database db = Database.inMemory()) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> db.createAll("nope"));
            assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains(".bind(\"nope\""),
                    e.getMessage());
            ConfigurationException used = assertThrows(ConfigurationException.class,
                    () -> db.inContext(new PageViewDao(db)::count));
            assertTrue(used.getMessage().contains("'analytics'"), used.getMessage());
        }
    }

    @Test
    void anUnreachableBindFailsAtBuildNamingIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Database.builder().inMemory()
                .bind(ANALYTICS, "jdbc:postgresql://127.0.0.1:1/none").build());
        assertTrue(e.getMessage().contains("bind 'analytics'"), e.getMessage());
    }
}

package dev.tablesmith.it.dao;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.Order;
import dev.tablesmith.it.model.OrderDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Inserts, batches, upserts and bulk deletes of the generated DAOs, on every database. */
class DaoWritesTest {

    @AllDatabases
    void insertAllReturnsEveryRowWithItsOwnGeneratedId(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<User> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(new User("user" + i, "u" + i + "@example.com"));
            }
            List<User> stored = db.inContext(() -> users.insertAll(batch));
            assertEquals(50, stored.size());
            assertEquals(50, new HashSet<>(stored.stream().map(User::getId).toList()).size(), "distinct ids");
            db.inContext(() -> {
                for (User user : stored) {
                    assertEquals(user.getUsername(), users.getById(user.getId()).getUsername(),
                            "the id given to " + user.getUsername() + " is its row's id");
                }
            });
        }
    }

    @AllDatabases
    void insertOfARecordWithNullDefaultsReturnsTheDatabaseDefaults(TestDatabase target) {
        try (Database db = target.open()) {
            DraftDao drafts = new DraftDao(db);
            Draft stored = db.inContext(() -> drafts.insert(new Draft(null, "notes", null, null)));
            assertNotNull(stored.id());
            assertEquals("draft", stored.status(), "the SQL default of status came back");
            assertEquals(3, stored.priority());
            assertEquals(stored, db.inContext(() -> drafts.getById(stored.id())));

            Draft given = db.inContext(() -> drafts.insert(new Draft(null, "plan", "final", 1)));
            assertEquals(new Draft(given.id(), "plan", "final", 1), given, "given values win over defaults");
            List<Draft> batch = db.inContext(() -> drafts.insertAll(List.of(new Draft(null, "b", null, null))));
            assertEquals("draft", db.inContext(() -> drafts.getById(batch.get(0).id())).status(),
                    "a batch stores the defaults too");
        }
    }

    @AllDatabases
    void upsertInsertsANewIdAndOverwritesAnExistingOne(TestDatabase target) {
        try (Database db = target.open()) {
            OrderDao orders = new OrderDao(db);
            UUID id = UUID.randomUUID();
            LocalDate day = LocalDate.of(2024, 5, 1);
            db.inContext(() -> orders.upsert(new Order(id, "ada", new BigDecimal("1.00"), day, Order.Status.NEW)));
            db.inContext(() -> orders.upsert(new Order(id, "ada", new BigDecimal("2.50"), day, Order.Status.PAID)));
            Order stored = db.inContext(() -> orders.getById(id));
            assertEquals(Order.Status.PAID, stored.getStatus());
            assertEquals(0, new BigDecimal("2.50").compareTo(stored.getTotal()));
            assertEquals(1L, (long) db.inContext(orders::count), "the second upsert updated the same row");
        }
    }

    @AllDatabases
    void upsertOfAGeneratedIdModelInsertsWithoutIdAndUpdatesWithOne(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            User ada = db.inContext(() -> users.upsert(new User("ada", "old@example.com")));
            assertNotNull(ada.getId(), "without an id, upsert inserts and returns the generated id");
            ada.setEmail("new@example.com");
            db.inContext(() -> users.upsert(ada));
            assertEquals("new@example.com", db.inContext(() -> users.getById(ada.getId())).getEmail());
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    @AllDatabases
    void deleteAllDeletesTheMatchingRowsOrAll(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insertAll(List.of(new User("a", "a@x.org"), new User("b", "b@y.org"),
                    new User("c", "c@x.org"))));
            assertEquals(2, (int) db.inContext(() -> users.deleteAll(USER.EMAIL.like("%@x.org"))));
            assertEquals(List.of("b"), db.inContext(users::all).stream().map(User::getUsername).toList());
            assertEquals(1, (int) db.inContext(() -> users.deleteAll()));
            assertEquals(0L, (long) db.inContext(users::count));
        }
    }

    @AllDatabases
    void aDuplicateUniqueValueIsAConstraintViolationNamingTheTable(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insert(new User("ada", null)));
            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> users.insert(new User("ada", null))));
            assertEquals("user", e.table());
            assertTrue(e.getCause() instanceof SQLException, "the driver's exception is the cause");
            ConstraintViolationException viaBatch = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> users.insertAll(List.of(new User("x", null), new User("x", null)))));
            assertEquals("user", viaBatch.table());
            assertEquals(1L, (long) db.inContext(users::count), "the failed contexts rolled back");
        }
    }

    @AllDatabases
    void aNullInANotNullColumnIsAConstraintViolation(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> users.insert(new User(null, "nobody@example.com"))));
            assertEquals("user", e.table());
        }
    }

    /** An id chosen by the caller on a model whose ids the database generates is refused, never silently replaced. */
    @AllDatabases
    void insertRefusesAnIdTheDatabaseWouldReplace(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            User ada = db.inContext(() -> users.insert(new User("ada", null)));
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                    () -> db.inContext(() -> users.insert(ada)));
            assertTrue(twice.getMessage().contains("ids are generated by the database")
                    && twice.getMessage().contains("upsert"), twice.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> db.inContext(() -> users.insertAll(java.util.List.of(new User("bob", null), ada))));
            assertEquals(1L, (long) db.inContext(users::count), "nothing of a refused batch was written");
        }
    }
}

package dev.tablesmith.it;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.OutsideContextException;
import dev.tablesmith.it.model.Order;
import dev.tablesmith.it.model.OrderDao;
import dev.tablesmith.it.model.Post;
import dev.tablesmith.it.model.PostDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The walking skeleton end to end: models compiled by the real processor, used through contexts on each database. */
class CrudInContextTest {

    @AllDatabases
    void insertedRowsAreReadBackInALaterContext(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            User stored = db.inContext(() -> users.insert(new User("ada", "ada@example.com")));
            assertNotNull(stored.getId(), "insert returns the entity with its generated id");

            User read = db.inContext(() -> users.getById(stored.getId()));
            assertEquals("ada", read.getUsername());
            assertEquals("ada@example.com", read.getEmail());
            assertTrue(read.isActive());
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    @AllDatabases
    void theUserTableIsNamedUserAndQuotedOnEveryDatabase(TestDatabase target) throws Exception {
        try (Database db = target.open()) {
            assertEquals("user", USER.getName());
            db.inContext(() -> new UserDao(db).insert(new User("grace", null)));
            String quote = db.engine().getConnection().getMetaData().getIdentifierQuoteString();
            try (var connection = db.engine().getConnection();
                    var statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT " + quote + "username" + quote + " FROM " + quote
                            + "user" + quote)) {
                assertTrue(rs.next(), "the row is in a table literally named user");
                assertEquals("grace", rs.getString(1));
            }
        }
    }

    @AllDatabases
    void aBlockThatThrowsRollsBackAndTheExceptionPropagatesUnchanged(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            IllegalStateException failure = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inContext(() -> {
                users.insert(new User("linus", null));
                throw failure;
            }));
            assertTrue(thrown == failure, "the block's own exception is rethrown");
            assertEquals(0L, (long) db.inContext(users::count), "nothing of the failed context was committed");
        }
    }

    @AllDatabases
    void updateAndDeleteChangeTheStoredRow(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            User ada = db.inContext(() -> users.insert(new User("ada", "old@example.com")));
            db.inContext(() -> {
                ada.setEmail("new@example.com");
                ada.setActive(false);
                users.update(ada);
            });
            User read = db.inContext(() -> users.getById(ada.getId()));
            assertEquals("new@example.com", read.getEmail());
            assertFalse(read.isActive());

            assertTrue(db.inContext(() -> users.deleteById(ada.getId())));
            assertFalse(db.inContext(() -> users.findById(ada.getId())).isPresent());
            assertFalse(db.inContext(() -> users.delete(ada)), "deleting a missing row reports false");
        }
    }

    @AllDatabases
    void getByIdOfAMissingRowNamesTheModelAndTheId(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            NotFoundException e = assertThrows(NotFoundException.class, () -> db.inContext(() -> users.getById(42L)));
            assertTrue(e.getMessage().contains("User") && e.getMessage().contains("42"), e.getMessage());
        }
    }

    @AllDatabases
    void recordsAndImmutableClassesRoundTripEveryCommonType(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            PostDao posts = new PostDao(db);
            OrderDao orders = new OrderDao(db);
            Instant posted = Instant.parse("2024-02-29T12:34:56.123456Z");
            UUID orderId = UUID.randomUUID();
            Post stored = db.inContext(() -> {
                User author = users.insert(new User("ada", null));
                orders.insert(new Order(orderId, "ada", new BigDecimal("12.3400"), LocalDate.of(2024, 2, 29),
                        Order.Status.PAID));
                return posts.insert(Post.draft(author.getId(), "Hello", "First post", posted));
            });
            assertNotNull(stored.id(), "a record comes back as a new record with its generated id");

            Post post = db.inContext(() -> posts.getById(stored.id()));
            assertEquals(stored, post);
            assertEquals(posted.truncatedTo(ChronoUnit.MICROS), post.posted());

            Order order = db.inContext(() -> orders.getById(orderId));
            assertEquals(0, new BigDecimal("12.34").compareTo(order.getTotal()));
            assertEquals(LocalDate.of(2024, 2, 29), order.getPlaced());
            assertEquals(Order.Status.PAID, order.getStatus());
        }
    }

    @AllDatabases
    void allAndWhereSeeEveryCommittedRow(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insertAll(List.of(new User("a", "a@x.org"), new User("b", "b@y.org"),
                    new User("c", "c@x.org"))));
            assertEquals(3, db.inContext(users::all).size());
            List<User> xs = db.inContext(() -> users.where(USER.EMAIL.like("%@x.org")).orderBy(USER.USERNAME).list());
            assertEquals(List.of("a", "c"), xs.stream().map(User::getUsername).toList());
            assertEquals("b", db.inContext(() -> users.findByUsername("b")).orElseThrow().getUsername());
        }
    }

    @AllDatabases
    void createAllIsIdempotentAndCreatesReferencedTablesFirst(TestDatabase target) {
        try (Database db = target.open()) {
            db.createAll();
            db.createAll();
            var tables = db.tables(Database.DEFAULT_BIND).stream().map(t -> t.getName()).toList();
            assertTrue(tables.indexOf("user") < tables.indexOf("post"), "user before post: " + tables);
        }
    }

    @org.junit.jupiter.api.Test
    void closingAnInMemoryDatabaseFreesIt() throws Exception {
        String url;
        try (Database db = Database.inMemory()) {
            db.createAll();
            db.inContext(() -> new UserDao(db).insert(new User("ada", null)));
            url = db.engine().unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
        }
        try (var connection = java.sql.DriverManager.getConnection(url);
                var statement = connection.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> statement.executeQuery("SELECT * FROM \"user\""),
                    "the closed database's tables are gone, not kept in memory until the JVM exits");
        }
    }

    @org.junit.jupiter.api.Test
    void theSessionOutsideAnyContextIsAnErrorThatSaysHowToOpenOne() {
        try (Database db = Database.inMemory()) {
            OutsideContextException e = assertThrows(OutsideContextException.class, db::session);
            assertTrue(e.getMessage().contains("db.inContext("), e.getMessage());
            assertThrows(OutsideContextException.class, () -> new UserDao(db).count());
        }
    }
}

package dev.tablesmith.it.dao;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;

/** Flask-SQLAlchemy's pagination, from its own tests: neighbours, a page size cap, no count, absurd page numbers. */
class PaginationTest {

    private static UserDao seeded(Database db, int count) {
        UserDao users = new UserDao(db);
        List<User> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(new User(String.format(java.util.Locale.ROOT, "user%02d", i), null));
        }
        db.inContext(() -> users.insertAll(batch));
        return users;
    }

    private static List<String> names(Page<User> page) {
        return page.items().stream().map(User::getUsername).toList();
    }

    @AllDatabases
    void aPageFetchesItsNeighbours(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = seeded(db, 25);
            db.inContext(() -> {
                Page<User> first = users.where().orderBy(USER.USERNAME).page(1, 10);
                Page<User> second = first.next();
                assertEquals(2, second.page());
                assertEquals("user11", names(second).get(0));
                Page<User> third = second.next();
                assertEquals(List.of("user21", "user22", "user23", "user24", "user25"), names(third));
                assertThrows(NotFoundException.class, third::next, "the last page has no next page");
                assertEquals(names(second), names(third.prev()));
                assertThrows(NotFoundException.class, first::prev);
            });
        }
    }

    @AllDatabases
    void maxPerPageCapsARequestedPageSize(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = seeded(db, 25);
            Page<User> page = db.inContext(() -> users.where().orderBy(USER.USERNAME).page(1, 1_000, 10));
            assertEquals(10, page.perPage());
            assertEquals(10, page.items().size());
            assertEquals(3, page.pages());
        }
    }

    @AllDatabases
    void aPageWithoutACountKnowsWhetherMoreFollowButNotTheTotal(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = seeded(db, 25);
            db.inContext(() -> {
                Page<User> first = users.where().orderBy(USER.USERNAME).pageWithoutCount(1, 10);
                assertEquals(10, first.items().size());
                assertTrue(first.hasNext());
                assertFalse(first.counted());
                IllegalStateException total = assertThrows(IllegalStateException.class, first::total);
                assertTrue(total.getMessage().contains("without counting"), total.getMessage());
                Page<User> last = first.next().next();
                assertEquals(5, last.items().size());
                assertFalse(last.hasNext());
                Page<User> exact = users.where().orderBy(USER.USERNAME).pageWithoutCount(2, 5);
                assertTrue(exact.hasNext());
                assertFalse(users.where().orderBy(USER.USERNAME).pageWithoutCount(5, 5).hasNext(),
                        "a page that ends exactly at the last row has no next page");
            });
        }
    }

    /** Flask answers 404 for a page far past the end; integer arithmetic must not overflow first. */
    @AllDatabases
    void anAbsurdPageNumberIsNotFoundNotAnOverflow(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = seeded(db, 3);
            db.inContext(() -> {
                NotFoundException e = assertThrows(NotFoundException.class,
                        () -> users.where().page(99_999_999, 100));
                assertTrue(e.getMessage().contains("is empty (3 in total"), e.getMessage());
                assertThrows(NotFoundException.class, () -> users.where().pageWithoutCount(99_999_999, 100));
                assertThrows(NotFoundException.class, () -> users.where().page(Integer.MAX_VALUE, Integer.MAX_VALUE));
            });
        }
    }
}

package dev.tablesmith.it.dao;

import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.NonUniqueResultException;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.Page;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Lookups, queries, pages and jOOQ interop of the generated DAOs, on every database. */
class DaoReadsTest {

    private static List<User> seed(Database db, UserDao users, int count) {
        List<User> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(new User(String.format(java.util.Locale.ROOT, "user%02d", i),
                    i % 2 == 0 ? "u" + i + "@even.org" : "u" + i + "@odd.org"));
        }
        return db.inContext(() -> users.insertAll(batch));
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(User::getUsername).toList();
    }

    @AllDatabases
    void findByAUniqueColumnAndByACompositeUniqueIndex(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            MembershipDao memberships = new MembershipDao(db);
            seed(db, users, 3);
            db.inContext(() -> memberships.insertAll(List.of(new Membership(null, "red", "ada", "lead"),
                    new Membership(null, "red", "bob", "dev"), new Membership(null, "blue", "ada", "dev"))));
            db.inContext(() -> {
                assertEquals("u2@even.org", users.findByUsername("user02").orElseThrow().getEmail());
                assertFalse(users.findByUsername("nobody").isPresent());
                assertEquals("lead", memberships.findByTeamAndMember("red", "ada").orElseThrow().role());
                assertEquals("dev", memberships.findByTeamAndMember("blue", "ada").orElseThrow().role());
                assertFalse(memberships.findByTeamAndMember("blue", "bob").isPresent());
                assertFalse(memberships.findByTeamAndMember(null, "ada").isPresent(), "null matches nothing");
            });
            assertThrows(dev.tablesmith.ConstraintViolationException.class, () -> db.inContext(
                    () -> memberships.insert(new Membership(null, "red", "ada", "again"))),
                    "the composite index is unique in the database too");
        }
    }

    @AllDatabases
    void existsByIdAndCountAndAll(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<User> stored = seed(db, users, 4);
            db.inContext(() -> {
                assertTrue(users.existsById(stored.get(0).getId()));
                assertFalse(users.existsById(-1L));
                assertEquals(4L, users.count());
                assertEquals(4, users.all().size());
            });
        }
    }

    @AllDatabases
    void whereWithOrderLimitOffsetFirstOneAndCount(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            seed(db, users, 10);
            db.inContext(() -> {
                assertEquals(List.of("user04", "user06"), names(users.where(USER.EMAIL.like("%@even.org"))
                        .orderBy(USER.USERNAME).offset(1).limit(2).list()));
                assertEquals(List.of("user10", "user09"), names(users.where().orderBy(USER.USERNAME.desc())
                        .limit(2).list()));
                assertEquals(5L, users.where(USER.EMAIL.like("%@odd.org")).limit(1).count(),
                        "count ignores limit");
                assertEquals("user01", users.where().orderBy(USER.USERNAME).first().orElseThrow().getUsername());
                assertFalse(users.where(USER.USERNAME.eq("nobody")).first().isPresent());
                assertThrows(NotFoundException.class, () -> users.where(USER.USERNAME.eq("nobody")).firstOrThrow());
                assertEquals("user07", users.where(USER.USERNAME.eq("user07")).one().getUsername());
                NotFoundException none = assertThrows(NotFoundException.class,
                        () -> users.where(USER.USERNAME.eq("nobody")).one());
                assertTrue(none.getMessage().contains("User"), none.getMessage());
                assertThrows(NonUniqueResultException.class, () -> users.where(USER.EMAIL.like("%@odd.org")).one());
            });
        }
    }

    @AllDatabases
    void pagesCountFromOneAndKnowTheirNeighbours(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            seed(db, users, 25);
            db.inContext(() -> {
                Page<User> second = users.where().orderBy(USER.USERNAME).page(2, 10);
                assertEquals(List.of("user11", "user12"), names(second.items()).subList(0, 2));
                assertEquals(10, second.items().size());
                assertEquals(25L, second.total());
                assertEquals(3, second.pages());
                assertEquals(1, second.prevNum());
                assertEquals(3, second.nextNum());
                Page<User> last = users.where().orderBy(USER.USERNAME).page(3, 10);
                assertEquals(List.of("user21", "user22", "user23", "user24", "user25"), names(last.items()));
                assertFalse(last.hasNext());
                assertEquals(Arrays.asList(1, 2, 3), last.iterPages());
                Page<User> odd = users.where(USER.EMAIL.like("%@odd.org")).orderBy(USER.USERNAME).page(1, 5);
                assertEquals(13L, odd.total(), "the total counts only matching rows");
                assertThrows(NotFoundException.class, () -> users.where().page(4, 10), "past the last page");
                assertThrows(NotFoundException.class, () -> users.where().page(0, 10));
                assertEquals(0, users.where(USER.USERNAME.eq("nobody")).page(1, 10).items().size(),
                        "an empty first page is not an error");
            });
        }
    }

    @AllDatabases
    void aStreamReadsLazilyAndClosingItReleasesTheCursor(TestDatabase target) {
        try (Database db = target.open()) {
            MembershipDao memberships = new MembershipDao(db);
            List<Membership> rows = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                rows.add(new Membership(null, "team" + (i % 7), "member" + i, "dev"));
            }
            db.inContext(() -> memberships.insertAll(rows));
            if (target == TestDatabase.POSTGRES) {
                // The control: PostgreSQL refuses to truncate a table while a cursor of this transaction is open on it.
                assertThrows(RuntimeException.class, () -> db.inContext(() -> {
                    Stream<Membership> open = memberships.where().stream();
                    assertEquals(2, open.limit(2).count());
                    db.session().dsl().truncate(MembershipTable.MEMBERSHIP).execute();
                }));
            }
            db.inContext(() -> {
                try (Stream<Membership> all = memberships.where().orderBy(MembershipTable.MEMBERSHIP.ID).stream()) {
                    assertEquals(List.of("member0", "member1"),
                            all.limit(2).map(Membership::member).toList());
                }
                db.session().dsl().truncate(MembershipTable.MEMBERSHIP).execute();
                memberships.insert(new Membership(null, "red", "ada", "lead"));
                try (Stream<Membership> rest = memberships.where().stream()) {
                    assertEquals(List.of("ada"), rest.map(Membership::member).toList());
                }
                assertEquals(1L, memberships.count(), "the DAO carries on in the same context");
            });
        }
    }

    @AllDatabases
    void jooqQueriesOnTheGeneratedTableMapBackToModels(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            seed(db, users, 6);
            db.inContext(() -> {
                var session = db.session();
                List<User> even = users.fetch(session.dsl().selectFrom(USER).where(USER.EMAIL.like("%@even.org"))
                        .orderBy(USER.USERNAME));
                assertEquals(List.of("user02", "user04", "user06"), names(even));
                var record = session.dsl().selectFrom(USER).where(USER.USERNAME.eq("user05")).fetchOne();
                assertEquals("u5@odd.org", users.fromRecord(record).getEmail());
                List<User> detached = users.fetch(org.jooq.impl.DSL.selectFrom(USER).where(USER.USERNAME.eq("user01")));
                assertEquals(List.of("user01"), names(detached), "a detached query runs in the context's session");
            });
        }
    }
}

package dev.tablesmith.it.dao;

import static dev.tablesmith.it.dao.DraftTable.DRAFT;
import static dev.tablesmith.it.model.UserTable.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@code where(...)} renders each condition shape once and reuses the SQL, binding the new values itself. Every
 * query here runs through the DAO and, as the reference, through jOOQ's DSL rendering and binding afresh; both must
 * return the same rows, for shapes that repeat with other values, for shapes that differ only in an operator, a
 * null, a list's length or an escape character, and for conditions that must never be reused (inlined values,
 * functions, long lists).
 */
class ConditionReuseTest {
    private static final int USERS = 12;

    /** Without an order, the shape's values are bound directly rather than by jOOQ; the rows are sorted here. */
    private static List<String> viaDao(UserDao users, Condition condition) {
        return users.where(condition).list().stream().map(User::getUsername).sorted().toList();
    }

    private static List<String> viaJooq(Database db, Condition condition) {
        return db.session().dsl().select(USER.USERNAME).from(USER).where(condition).orderBy(USER.USERNAME)
                .fetch(USER.USERNAME);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "user%02d", i);
    }

    /** Runs {@code shape} for several values, twice over, and checks each result against jOOQ's. */
    private static void check(Database db, UserDao users, Function<Integer, Condition> shape) {
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 4; i++) {
                Condition condition = shape.apply(i);
                assertEquals(viaJooq(db, condition), viaDao(users, condition), condition.toString());
            }
        }
    }

    /** Opens {@code target}, stores {@value #USERS} users and runs {@code checks} in a context of their own. */
    private static void withSeededUsers(TestDatabase target, BiConsumer<Database, UserDao> checks) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<User> batch = new ArrayList<>();
            for (int i = 1; i <= USERS; i++) {
                User user = new User(name(i), i % 3 == 0 ? null : "u" + i + (i % 2 == 0 ? "@even.org" : "@odd_x.org"));
                user.setActive(i % 4 != 0);
                batch.add(user);
            }
            db.inContext(() -> users.insertAll(batch));
            db.inContext(() -> checks.accept(db, users));
        }
    }

    @AllDatabases
    void repeatedShapesWithOtherValuesReturnTheirOwnRows(TestDatabase target) {
        withSeededUsers(target, (db, users) -> {
            check(db, users, i -> USER.USERNAME.eq(name(i)));
            check(db, users, i -> USER.USERNAME.ne(name(i)));
            check(db, users, i -> USER.USERNAME.lt(name(i)));
            check(db, users, i -> USER.USERNAME.le(name(i)));
            check(db, users, i -> USER.USERNAME.gt(name(i)));
            check(db, users, i -> USER.USERNAME.ge(name(i)));
            check(db, users, i -> USER.USERNAME.ge(name(i)).and(USER.ACTIVE.eq(i % 2 == 0)));
            check(db, users, i -> USER.USERNAME.ge(name(i)).or(USER.ACTIVE.eq(i % 2 == 0)));
            check(db, users, i -> DSL.not(USER.USERNAME.ge(name(i))));
            check(db, users, i -> USER.USERNAME.in(name(i), name(i + 2)));
            check(db, users, i -> USER.USERNAME.notIn(name(i), name(i + 2)));
        });
    }

    @AllDatabases
    void integerLongAndBooleanValuesAreBoundLikeJooqBindsThem(TestDatabase target) {
        withSeededUsers(target, (db, users) -> {
            DraftDao drafts = new DraftDao(db);
            for (int i = 1; i <= 6; i++) {
                drafts.insert(new Draft(null, "draft" + i, i % 2 == 0 ? "final" : null, i));
            }
            long firstId = users.where(USER.USERNAME.eq(name(1))).one().getId();
            check(db, users, i -> USER.ID.ge(firstId + i).and(USER.ACTIVE.eq(i % 2 == 1)));
            check(db, users, i -> USER.ID.in(firstId + i, firstId + 2 * i));
            for (int round = 0; round < 2; round++) {
                for (int i = 1; i <= 4; i++) {
                    String status = i % 2 == 0 ? "final" : "draft";
                    Condition condition = DRAFT.PRIORITY.gt(i).and(DRAFT.STATUS.eq(status));
                    assertEquals(db.session().dsl().select(DRAFT.TITLE).from(DRAFT).where(condition)
                            .orderBy(DRAFT.TITLE).fetch(DRAFT.TITLE),
                            drafts.where(condition).list().stream().map(Draft::title).sorted().toList(),
                            condition.toString());
                }
            }
        });
    }

    @AllDatabases
    void shapesThatDifferOnlyInADetailAreNotConfused(TestDatabase target) {
        withSeededUsers(target, (db, users) -> {
            // A list's length: each length is its own SQL.
            check(db, users, i -> USER.USERNAME.in(java.util.stream.IntStream.rangeClosed(1, i)
                    .mapToObj(ConditionReuseTest::name).toList()));
            // A null value, an IS NULL and a value alternate on one column.
            check(db, users, i -> switch (i % 3) {
                case 0 -> USER.EMAIL.eq((String) null);
                case 1 -> USER.EMAIL.isNull();
                default -> USER.EMAIL.eq("u" + i + "@even.org");
            });
            check(db, users, i -> i % 2 == 0 ? USER.EMAIL.isNotNull() : USER.EMAIL.isNull());
            // An escape character is written into the SQL: with it, "_" is literal.
            check(db, users, i -> i % 2 == 0 ? USER.EMAIL.like("%!_x%", '!') : USER.EMAIL.like("%_x%"));
            check(db, users, i -> i % 2 == 0 ? USER.EMAIL.notLike("%!_x%", '!') : USER.EMAIL.notLike("%_x%"));
            // AND and OR of the same parts.
            check(db, users, i -> i % 2 == 0 ? USER.ACTIVE.isTrue().and(USER.EMAIL.isNull())
                    : USER.ACTIVE.isTrue().or(USER.EMAIL.isNull()));
        });
    }

    @AllDatabases
    void conditionsThatMustNotBeReusedAreRenderedEachTime(TestDatabase target) {
        withSeededUsers(target, (db, users) -> {
            check(db, users, i -> USER.USERNAME.eq(DSL.inline(name(i))));
            check(db, users, i -> DSL.upper(USER.USERNAME).eq(name(i).toUpperCase(Locale.ROOT)));
            check(db, users, i -> DSL.condition("{0} = {1}", USER.USERNAME, DSL.inline(name(i))));
            // Long lists, which jOOQ may inline on some databases: 300 elements, different in each call.
            check(db, users, i -> USER.USERNAME.in(java.util.stream.IntStream.range(0, 300)
                    .mapToObj(k -> name(i + k * 50)).toList()));
            assertFalse(viaDao(users, USER.USERNAME.eq(DSL.inline(name(2)))).isEmpty());
        });
    }
}

package dev.tablesmith.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.CommitFailedException;
import dev.tablesmith.CommitListenerException;
import dev.tablesmith.Database;
import dev.tablesmith.OutsideContextException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The caller can always tell what was committed: after listener failures, listener writes and partial commits. */
class CommitOutcomeTest {

    @AllDatabases
    void everyListenerRunsAndAListenersFailureSaysTheWorkIsCommitted(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<String> heard = new CopyOnWriteArrayList<>();
            db.onCommit(changes -> {
                heard.add("first");
                throw new IllegalStateException("first listener broke");
            });
            db.onCommit(changes -> heard.add("second"));
            db.onCommit(changes -> {
                heard.add("third");
                throw new IllegalArgumentException("third listener broke");
            });
            CommitListenerException e = assertThrows(CommitListenerException.class,
                    () -> db.inContext(() -> users.insert(new User("ada", null))));
            assertTrue(e.getMessage().contains("work is committed"), e.getMessage());
            assertEquals("first listener broke", e.getCause().getMessage());
            assertTrue(List.of(e.getSuppressed()).stream().anyMatch(s -> s instanceof IllegalArgumentException));
            assertEquals(List.of("first", "second", "third"), heard, "every listener ran");
            assertEquals(1L, (long) db.inContext(users::count), "committed exactly once");
        }
    }

    @AllDatabases
    void aListenerThatWritesThroughADaoEitherPersistsOrFailsLoudly(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.onCommit(changes -> {
                if (changes.stream().anyMatch(c -> ((User) c.entity()).getUsername().equals("careless"))) {
                    users.insert(new User("audit of careless", null));
                }
            });
            db.onCommit(changes -> {
                if (changes.stream().anyMatch(c -> ((User) c.entity()).getUsername().equals("careful"))) {
                    db.inContext(() -> users.insert(new User("audit of careful", null)));
                }
            });
            CommitListenerException loud = assertThrows(CommitListenerException.class,
                    () -> db.inContext(() -> users.insert(new User("careless", null))));
            assertInstanceOf(OutsideContextException.class, loud.getCause(),
                    "the committing context has ended: a DAO call needs a context of its own");
            db.inContext(() -> users.insert(new User("careful", null)));
            List<String> stored = db.inContext(() -> users.all().stream().map(User::getUsername).sorted().toList());
            assertEquals(List.of("audit of careful", "careful", "careless"), stored);
        }
    }

    @AllDatabases
    void anExplicitCommitRefusesItsListenersTheSessionThatCommitted(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.onCommit(changes -> users.count());
            CommitListenerException e = assertThrows(CommitListenerException.class, () -> db.inContext(() -> {
                users.insert(new User("ada", null));
                db.session().commit();
            }));
            assertTrue(e.getCause().getMessage().contains("db.inNewContext"), e.getCause().getMessage());
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }

    /**
     * PostgreSQL aborts a transaction at its first failed statement and answers a later COMMIT by rolling back,
     * without its driver saying so. A block that catches such a failure and returns must not be told it committed.
     */
    @AllDatabases
    void aBlockThatCatchesAFailedStatementIsNeverToldItsWorkCommittedWhenItWasNot(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            Runnable work = () -> {
                users.insert(new User("ada", null));
                assertThrows(dev.tablesmith.ConstraintViolationException.class,
                        () -> users.insert(new User("ada", null)));
            };
            if (target == TestDatabase.POSTGRES) {
                CommitFailedException e = assertThrows(CommitFailedException.class, () -> db.inContext(work::run));
                assertTrue(e.getMessage().startsWith("Nothing was committed"), e.getMessage());
                assertEquals(0L, (long) db.inContext(users::count));
                CommitFailedException raw = assertThrows(CommitFailedException.class, () -> db.inContext(() -> {
                    users.insert(new User("bob", null));
                    try (var statement = db.session().connection().createStatement()) {
                        statement.execute("insert into \"user\" (username, active) values ('bob', true)");
                    } catch (java.sql.SQLException expected) {
                        // caught by the application: the transaction is aborted all the same
                    }
                }));
                assertTrue(raw.getMessage().startsWith("Nothing was committed"), raw.getMessage());
                assertEquals(0L, (long) db.inContext(users::count));
            } else {
                db.inContext(work::run);
                assertEquals(1L, (long) db.inContext(users::count), "these databases undo only the failed statement");
            }
        }
    }

    /**
     * PostgreSQL checks a DEFERRABLE constraint at commit: with the default database committed first, the second
     * database's commit fails, and the exception says the first one's work is committed.
     */
    @ParameterizedTest(name = "h2 + [{0}]", allowZeroInvocations = true)
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void aCommitFailingOnTheSecondDatabaseSaysWhichDatabasesCommitted(TestDatabase target) {
        String bind = "ledger";
        try (Database db = Database.builder().inMemory().bind(bind, target.bindConfig()).build()) {
            db.createAll(Database.DEFAULT_BIND);
            UserDao users = new UserDao(db);
            db.inContext(() -> {
                db.session().dsl(bind).execute("DROP TABLE IF EXISTS deferred_ledger");
                db.session().dsl(bind).execute("CREATE TABLE deferred_ledger (id INT PRIMARY KEY, parent INT "
                        + "REFERENCES deferred_ledger (id) DEFERRABLE INITIALLY DEFERRED)");
            });
            try {
                CommitFailedException e = assertThrows(CommitFailedException.class, () -> db.inContext(() -> {
                    users.insert(new User("committed on the default database", null));
                    db.session().dsl(bind).execute("INSERT INTO deferred_ledger VALUES (1, 999)");
                }));
                assertEquals(List.of(Database.DEFAULT_BIND), e.committedBinds());
                assertEquals(List.of(bind), e.rolledBackBinds());
                assertTrue(e.partlyCommitted());
                assertTrue(e.getMessage().contains("the default database IS committed")
                        && e.getMessage().contains("bind 'ledger' was rolled back"), e.getMessage());
                assertEquals(1L, (long) db.inContext(users::count), "the default database's work is there");
                assertEquals(0, (int) db.inContext(() -> db.session().dsl(bind).fetchCount(
                        org.jooq.impl.DSL.table("deferred_ledger"))));
            } finally {
                db.inContext(() -> {
                    db.session().dsl(bind).execute("DROP TABLE deferred_ledger");
                });
            }
        }
    }

    /** Flask-SQLAlchemy's {@code before_models_committed}: the same changes, before the commit, in the transaction. */
    @AllDatabases
    void beforeCommitListenersSeeTheChangesAndWriteInsideTheTransaction(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            List<String> seen = new CopyOnWriteArrayList<>();
            db.beforeCommit(changes -> changes.forEach(c -> {
                String name = ((User) c.entity()).getUsername();
                seen.add(name);
                if (name.equals("refused")) {
                    throw new IllegalStateException("not this one");
                }
                if (!name.startsWith("audit")) {
                    users.insert(new User("audit of " + name, null));
                }
            }));
            db.inContext(() -> users.insert(new User("ada", null)));
            assertEquals(List.of("ada"), seen);
            assertEquals(List.of("ada", "audit of ada"),
                    db.inContext(() -> users.all().stream().map(User::getUsername).sorted().toList()));
            CommitFailedException e = assertThrows(CommitFailedException.class,
                    () -> db.inContext(() -> users.insert(new User("refused", null))));
            assertTrue(e.getMessage().startsWith("Nothing was committed: a before-commit listener failed"),
                    e.getMessage());
            assertEquals(2L, (long) db.inContext(users::count), "the refused transaction committed nothing");
        }
    }
}

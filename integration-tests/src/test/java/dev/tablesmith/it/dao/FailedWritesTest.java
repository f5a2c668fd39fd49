package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.TablesmithException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.library.BookTag;
import dev.tablesmith.it.library.BookTagDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes that fail, or that start from a model's own idea of "no id yet", leave exactly what the caller was told: a
 * batch that failed while its rows were bound sends none of them later, and an upsert of a new entity inserts it.
 */
class FailedWritesTest {

    @AllDatabases
    void aBatchThatFailedWhileBeingBoundSendsNoneOfItsRowsWithTheNextBatch(TestDatabase target) {
        try (Database db = target.open()) {
            TicketDao tickets = new TicketDao(db);
            db.inContext(() -> {
                // The converter refuses the second seat after the first row was added to the session's statement.
                IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                        () -> db.inContext(() -> tickets.insertAll(List.of(new Ticket(new Seat("1A"), "ada"),
                                new Ticket(new Seat(" "), "bob")))));
                assertEquals("a seat needs a code", refused.getMessage());
                List<Ticket> next = tickets.insertAll(List.of(new Ticket(new Seat("2B"), "cy")));
                assertEquals(List.of("cy"), next.stream().map(t -> t.holder).toList());
            });
            assertEquals(List.of("cy"), db.inContext(() -> tickets.all()).stream().map(t -> t.holder).toList(),
                    "the failed batch's first row was neither committed nor sent with the next batch");
        }
    }

    @AllDatabases
    void anUpsertOfANewEntityWithAPrimitiveIdInsertsIt(TestDatabase target) {
        try (Database db = target.open()) {
            TicketDao tickets = new TicketDao(db);
            Ticket first = db.inContext(() -> tickets.insert(new Ticket(new Seat("1A"), "ada")));
            Ticket second = db.inContext(() -> tickets.upsert(new Ticket(new Seat("2B"), "bob")));
            Ticket third = db.inContext(() -> tickets.upsert(new Ticket(new Seat("3C"), "cy")));
            assertNotEquals(0L, second.id, "an id of 0 means not stored yet, as for insert");
            assertEquals(3, Set.of(first.id, second.id, third.id).size());
            List<Ticket> stored = db.inContext(() -> tickets.all());
            assertEquals(List.of(first, second, third), stored.stream().sorted(Comparator.comparingLong(t -> t.id))
                    .toList(), "no upsert overwrote another ticket");
        }
    }

    @AllDatabases
    void anUpsertWhoseValuesAnotherRowHasInAUniqueColumnIsRefusedAndChangesNothing(TestDatabase target) {
        try (Database db = target.open()) {
            MembershipDao memberships = new MembershipDao(db);
            Membership lead = db.inContext(() -> memberships.insert(new Membership(null, "red", "ada", "lead")));
            // Team and member are unique together: the row with id + 100 cannot have them while the lead's row does.
            // MariaDB's ON DUPLICATE KEY UPDATE would have rewritten the lead's row instead, without a word.
            assertThrows(ConstraintViolationException.class, () -> db.inContext(
                    () -> memberships.upsert(new Membership(lead.id() + 100, "red", "ada", "guest"))));
            assertEquals(List.of(lead), db.inContext(() -> memberships.all()), "the other row is as it was");
        }
    }

    @AllDatabases
    void anUpsertOfAJoinRowWhoseParentsAreMissingIsRefused(TestDatabase target) {
        try (Database db = target.open()) {
            BookTagDao links = new BookTagDao(db);
            // Every column is a key: MariaDB's INSERT IGNORE would have dropped the foreign-key error with the row.
            assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> links.upsert(new BookTag(999_999L, 999_998L))));
            assertEquals(0L, (long) db.inContext(links::count));
        }
    }

    @AllDatabases
    void aBatchTheDatabaseRefusedKeepsNoneOfItsRowsEvenWhenTheFailureIsCaught(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insert(new User("taken", null)));
            try {
                db.inContext(() -> {
                    // The middle row's username is taken; H2 and MariaDB would still run the last row, and SQLite
                    // would keep the first one, if the batch were not undone as a whole.
                    assertThrows(ConstraintViolationException.class, () -> users.insertAll(List.of(
                            new User("first", null), new User("taken", null), new User("last", null))));
                    // The caller caught it, and the context commits.
                });
            } catch (TablesmithException aborted) {
                // PostgreSQL aborts the whole transaction on a failed statement, and the context's end says so.
                assertEquals("postgres", target.key(), aborted.toString());
            }
            assertEquals(List.of("taken"), db.inContext(() -> users.all()).stream().map(User::getUsername).toList());
        }
    }
}

package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.library.BookTag;
import dev.tablesmith.it.library.BookTagDao;
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
}

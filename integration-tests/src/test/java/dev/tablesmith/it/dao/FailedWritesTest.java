package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.InvalidValueException;
import dev.tablesmith.TablesmithException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.library.BookTag;
import dev.tablesmith.it.library.BookTagDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void onATableWithInsertTriggersInsertAllHandsBackTheRowsOwnIdsAndKeepsAllRowsOrNone(TestDatabase target)
            throws Exception {
        try (Database db = target.open(); Connection admin = target.adminConnection();
                Statement sql = admin.createStatement()) {
            TicketDao tickets = new TicketDao(db);
            // A trigger that gives each row an id of its own: ids drawn beforehand would match no row.
            sql.execute("create sequence ticket_trigger_ids start 1000000");
            sql.execute("create function ticket_trigger_ids() returns trigger language plpgsql as $$ begin "
                    + "new.id := nextval('ticket_trigger_ids'); return new; end $$");
            sql.execute("create trigger ticket_ids before insert on ticket for each row execute function "
                    + "ticket_trigger_ids()");
            try {
                List<Ticket> stored = db.inContext(() -> tickets.insertAll(tenTickets()));
                db.inContext(() -> {
                    for (Ticket ticket : stored) {
                        assertEquals(ticket, tickets.getById(ticket.id), "the id handed back is its row's");
                    }
                });
                assertTrue(stored.get(0).id >= 1_000_000, String.valueOf(stored.get(0).id));
            } finally {
                sql.execute("drop trigger ticket_ids on ticket");
                sql.execute("drop function ticket_trigger_ids()");
                sql.execute("drop sequence ticket_trigger_ids");
            }
            db.inContext(() -> tickets.deleteAll());

            // A trigger that skips a row: the call fails, and keeps none of its rows though the failure is caught.
            sql.execute("create function ticket_skips_x() returns trigger language plpgsql as $$ begin "
                    + "if new.holder like 'x%' then return null; end if; return new; end $$");
            sql.execute("create trigger ticket_skips before insert on ticket for each row execute function "
                    + "ticket_skips_x()");
            try {
                db.inContext(() -> {
                    assertThrows(TablesmithException.class, () -> tickets.insertAll(tenTickets()));
                });
                assertEquals(0L, (long) db.inContext(tickets::count), "none of the batch's rows was kept");
            } finally {
                sql.execute("drop trigger ticket_skips on ticket");
                sql.execute("drop function ticket_skips_x()");
            }
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#postgres")
    void aValueRefusedAfterTheFirstMultiRowInsertKeepsNoneOfTheRowsOnPostgres(TestDatabase target) {
        try (Database db = target.open()) {
            DraftDao drafts = new DraftDao(db);
            List<Draft> rows = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                // A NULL for a column with a default sends the rows in inserts of 1,000 rows rather than one COPY;
                // the refused title is in the second of them, bound after the first was sent.
                rows.add(new Draft(null, i == 1200 ? "x".repeat(300) : "t" + i, i == 0 ? null : "final", 1));
            }
            db.inContext(() -> {
                assertThrows(InvalidValueException.class, () -> drafts.insertAll(rows));
            });
            assertEquals(0L, (long) db.inContext(drafts::count), "the first 1,000 rows were not kept either");
        }
    }

    /** Ten new tickets, enough for PostgreSQL's bulk path; the holder of the eighth starts with "x". */
    private static List<Ticket> tenTickets() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tickets.add(new Ticket(new Seat(i + "A"), (i == 7 ? "x" : "h") + i));
        }
        return tickets;
    }
}

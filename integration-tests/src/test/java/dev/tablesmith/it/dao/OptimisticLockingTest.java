package dev.tablesmith.it.dao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.NotFoundException;
import dev.tablesmith.OptimisticLockException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;

/** {@code @Version}: updates check and bump the version, and a stale copy cannot overwrite a newer row. */
class OptimisticLockingTest {

    @AllDatabases
    void anUpdateBumpsTheVersionAndAStaleCopyIsRefused(TestDatabase target) {
        try (Database db = target.open()) {
            AccountDao accounts = new AccountDao(db);
            Account stored = db.inContext(() -> accounts.insert(new Account("ada", 100)));
            assertEquals(0L, stored.getVersion());

            Account mine = db.inContext(() -> accounts.getById(stored.getId()));
            Account theirs = db.inContext(() -> accounts.getById(stored.getId()));
            theirs.setBalance(50);
            Account saved = db.inContext(() -> accounts.update(theirs));
            assertEquals(1L, saved.getVersion(), "the returned entity carries the new version");
            assertEquals(1L, db.inContext(() -> accounts.getById(stored.getId())).getVersion(), "stored bumped");

            mine.setBalance(500);
            OptimisticLockException stale = assertThrows(OptimisticLockException.class,
                    () -> db.inContext(() -> accounts.update(mine)));
            assertTrue(stale.getMessage().contains("Account") && stale.getMessage().contains(
                    String.valueOf(stored.getId())), stale.getMessage());
            assertEquals(50L, db.inContext(() -> accounts.getById(stored.getId())).getBalance(),
                    "the stale update changed nothing");

            saved.setBalance(75);
            assertEquals(2L, db.inContext(() -> accounts.update(saved)).getVersion(), "the fresh copy saves again");
            assertThrows(UnsupportedOperationException.class, () -> db.inContext(() -> accounts.upsert(saved)),
                    "upsert cannot honour the version check");
        }
    }

    @AllDatabases
    void updatingADeletedVersionedRowIsAnOptimisticLockFailureAndAnUnversionedOneNotFound(TestDatabase target) {
        try (Database db = target.open()) {
            AccountDao accounts = new AccountDao(db);
            Account stored = db.inContext(() -> accounts.insert(new Account("bob", 1)));
            db.inContext(() -> accounts.deleteById(stored.getId()));
            assertThrows(OptimisticLockException.class, () -> db.inContext(() -> accounts.update(stored)));

            var users = new dev.tablesmith.it.model.UserDao(db);
            var ghost = db.inContext(() -> users.insert(new dev.tablesmith.it.model.User("ghost", null)));
            db.inContext(() -> users.delete(ghost));
            NotFoundException missing = assertThrows(NotFoundException.class,
                    () -> db.inContext(() -> users.update(ghost)));
            assertTrue(missing.getMessage().contains("User"), missing.getMessage());
        }
    }
}

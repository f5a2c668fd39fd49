package dev.tablesmith.it.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConstraintViolationException;
import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.Post;
import dev.tablesmith.it.model.PostDao;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Each driver's constraint errors become ConstraintViolationException naming the table and the constraint. */
class ConstraintViolationTest {

    @AllDatabases
    void aDuplicateUniqueValueNamesTheUniqueConstraint(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insert(new User("ada", null)));
            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> users.insert(new User("ada", "second@example.com"))));
            assertEquals("user", e.table());
            assertEquals("user_username_key", e.constraint(), e.getMessage());
            assertInstanceOf(SQLException.class, e.getCause());
            assertEquals(1L, (long) db.inContext(users::count), "the failed context kept nothing");
        }
    }

    @AllDatabases
    void aMissingReferencedRowIsRefusedEvenOnSqlite(TestDatabase target) {
        try (Database db = target.open()) {
            PostDao posts = new PostDao(db);
            ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                    () -> db.inContext(() -> posts.insert(Post.draft(999, "orphan", null, now()))));
            assertEquals("post", e.table());
            assertTrue(e.constraint() == null || e.constraint().equals("post_author_id_fkey"), e.getMessage());
            if (target != TestDatabase.SQLITE) {
                assertEquals("post_author_id_fkey", e.constraint(), "this driver names the foreign key");
            }
        }
    }

    @AllDatabases
    void deletingAReferencedRowCascadesAsDeclared(TestDatabase target) {
        try (Database db = target.open()) {
            UserDao users = new UserDao(db);
            PostDao posts = new PostDao(db);
            User ada = db.inContext(() -> users.insert(new User("ada", null)));
            db.inContext(() -> posts.insert(Post.draft(ada.getId(), "hello", null, now())));
            db.inContext(() -> users.delete(ada));
            assertEquals(0L, (long) db.inContext(posts::count), "ON DELETE CASCADE removed the post");
        }
    }

    /** Now, to the microsecond a timestamp column keeps (a finer instant would be refused). */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

package dev.tablesmith.example;

import static dev.tablesmith.example.UserTable.USER;

import dev.tablesmith.Database;
import java.util.List;

/**
 * Flask-SQLAlchemy's quickstart in Java: declare a model, create its table, then insert and query inside a context
 * that commits when it ends.
 */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        try (Database db = Database.inMemory()) {
            db.createAll();
            System.out.println("Created tables on " + db.dialect() + ":");
            System.out.print(db.ddl());

            UserDao users = new UserDao(db);
            db.inContext(() -> {
                users.insert(new User("ada", "ada@example.com"));
                users.insert(new User("grace", "grace@example.com"));
            });
            System.out.println("Inserted 2 users; the context committed them.");

            db.inContext(() -> {
                System.out.println("users.count() = " + users.count());
                System.out.println("users.findByUsername(\"ada\") = " + users.findByUsername("ada").orElseThrow());
                List<User> found = users.where(USER.EMAIL.like("%@example.com")).orderBy(USER.USERNAME).list();
                System.out.println("users.where(USER.EMAIL.like(\"%@example.com\")) = " + found);
            });

            try {
                db.inContext(() -> {
                    users.insert(new User("linus", "linus@example.com"));
                    throw new IllegalStateException("something went wrong");
                });
            } catch (IllegalStateException e) {
                System.out.println("A context that threw (" + e.getMessage() + ") rolled back: count = "
                        + db.inContext(users::count));
            }
        }
    }
}

package dev.tablesmith.it.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import java.sql.Connection;
import java.sql.Statement;

/** The DDL text {@code db.ddl(dialect)} returns runs as-is on that dialect's real database. */
class DdlPerDialectTest {

    @AllDatabases
    void theDdlTextCreatesAWorkingSchema(TestDatabase target) throws Exception {
        try (Database db = target.open()) {
            db.dropAll();
            String ddl = db.ddl(db.dialect());
            assertTrue(ddl.contains("user"), ddl);
            try (Connection connection = db.engine().getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : ddl.split(";\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            UserDao users = new UserDao(db);
            db.inContext(() -> users.insert(new User("ada", null)));
            assertEquals(1L, (long) db.inContext(users::count));
        }
    }
}

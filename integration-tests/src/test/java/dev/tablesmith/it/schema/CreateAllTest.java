package dev.tablesmith.it.schema;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.SchemaMismatchException;
import dev.tablesmith.TablesmithException;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.it.model.User;
import dev.tablesmith.it.model.UserDao;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** What {@code createAll()} does with tables that are missing or already there, said rather than left to surprise. */
class CreateAllTest {

    @AllDatabases
    void anExistingTableThatDiffersFromItsModelIsReportedAtCreateAll(TestDatabase target) {
        try (Database db = target.builder().build()) {
            db.dropAll();
            db.inContext(() -> {
                db.session().dsl().createTable("user").column("id", SQLDataType.BIGINT.nullable(false))
                        .column("username", SQLDataType.VARCHAR(80)).primaryKey("id").execute();
            });
            try {
                SchemaMismatchException e = assertThrows(SchemaMismatchException.class, db::createAll);
                assertTrue(e.getMessage().contains("left the existing tables") && e.getMessage().contains("db.dropAll()"),
                        e.getMessage());
                assertTrue(e.differences().stream().anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT)
                        .contains("email")), e.differences().toString());
            } finally {
                db.dropAll();
            }
        }
    }

    @AllDatabases
    void aTableThatWasNeverCreatedSaysHowToCreateIt(TestDatabase target) {
        try (Database db = target.builder().build()) {
            db.dropAll();
            TablesmithException e = assertThrows(TablesmithException.class,
                    () -> db.inContext(() -> new UserDao(db).insert(new User("ada", null))));
            assertTrue(e.getMessage().contains("db.createAll()") && e.getMessage().contains("migrations"),
                    e.getMessage());
            TablesmithException viaJooq = assertThrows(TablesmithException.class,
                    () -> db.inContext(() -> new UserDao(db).deleteAll(DSL.trueCondition())));
            assertTrue(viaJooq.getMessage().contains("db.createAll()"), viaJooq.getMessage());
        }
    }
}

package dev.tablesmith.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.util.List;
import org.jooq.impl.DSL;

/** verifySchema() on every database: nothing to report after createAll(), and a real difference when there is one. */
class VerifySchemaTest {

    @AllDatabases
    void tablesJustCreatedMatchTheirModels(TestDatabase target) {
        try (Database db = target.open()) {
            assertEquals(List.of(), db.verifySchema());
        }
    }

    @AllDatabases
    void aMissingColumnIsReportedAsTheStatementThatAddsIt(TestDatabase target) {
        try (Database db = target.open()) {
            db.inContext(() -> {
                db.session().dsl().alterTable("user").dropColumn("email").execute();
            });
            List<String> differences = db.verifySchema();
            assertEquals(1, differences.size(), differences.toString());
            assertTrue(differences.get(0).toLowerCase(java.util.Locale.ROOT).contains("email"), differences.toString());
        } finally {
            try (Database db = target.open()) {
                db.dropAll();
            }
        }
    }
}

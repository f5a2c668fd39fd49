package dev.tablesmith.it.binds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Models that name no bind but inherit {@code auth} — from an abstract {@code @Model} base or from a {@code @Model}
 * superclass — store their rows in the database configured as {@code auth}, not in the default one.
 */
class InheritedBindsTest {
    private static final String AUTH = "auth";

    @AllDatabases
    void rowsOfModelsInheritingABindAreStoredInThatBind(TestDatabase target) throws SQLException {
        String authUrl = "jdbc:h2:mem:auth-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Database db = TestDatabase.fresh(target.builder().bind(AUTH, authUrl).build())) {
            CredentialDao credentials = new CredentialDao(db);
            ServicePrincipalDao principals = new ServicePrincipalDao(db);
            Credential stored = db.inContext(() -> {
                principals.insert(new ServicePrincipal("ci", "deploy"));
                return credentials.insert(new Credential("ada", "hash"));
            });

            assertEquals(AUTH, CredentialTable.CREDENTIAL.bind());
            assertEquals(AUTH, ServicePrincipalTable.SERVICE_PRINCIPAL.bind());
            assertEquals("ada", db.inContext(() -> credentials.getById(stored.getId())).getName());
            assertEquals(1, rows(authUrl, "credential"), "the credential row is in the auth database");
            assertEquals(1, rows(authUrl, "service_principal"), "the service principal row is in the auth database");
        }
    }

    private static int rows(String url, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

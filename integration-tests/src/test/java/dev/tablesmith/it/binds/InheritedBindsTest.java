package dev.tablesmith.it.binds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            List<String> defaultTables = db.inContext(() -> tables(db.session().connection()));
            assertTrue(!defaultTables.contains("credential") && !defaultTables.contains("service_principal")
                    && !defaultTables.contains("auth_entity"), "the default database has none: " + defaultTables);
        }
    }

    /** The tables of the connection's own database (its catalog: MariaDB has one per database), in lower case. */
    private static List<String> tables(Connection connection) {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
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

package dev.tablesmith.it.dialect;

import static dev.tablesmith.it.dialect.SampleTable.GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Database;
import dev.tablesmith.it.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every MariaDB connection Tablesmith opens runs in a strict SQL mode, whatever the server's default, so the server
 * refuses values it would otherwise cut, clamp or zero. These writes go through jOOQ, which binds text and decimals
 * itself: only the server stands between them and the table.
 */
class StrictSqlModeTest {
    private static final List<String> STRICT = List.of("STRICT_ALL_TABLES", "ERROR_FOR_DIVISION_BY_ZERO",
            "NO_ZERO_DATE", "NO_ZERO_IN_DATE", "NO_ENGINE_SUBSTITUTION");

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#mariadb")
    void everyPooledConnectionIsStrict(TestDatabase target) {
        try (Database db = target.builder().poolSize(2).build();
                Connection first = db.engine().getConnection();
                Connection second = db.engine().getConnection()) {
            assertStrict(sqlMode(first));
            assertStrict(sqlMode(second));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code sql_mode=''} in the URL gives the session what a server configured non-strict gives it, minus the
     * {@code STRICT_TRANS_TABLES} that MariaDB Connector/J adds by default (and not with
     * {@code jdbcCompliantTruncation=false}): without Tablesmith's own mode, 1001 characters keep 1000 and a decimal
     * too large for the column becomes its largest value, both without an error.
     */
    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.it.TestDatabases#mariadb")
    void aNonStrictDefaultCannotCutOrClampValues(TestDatabase target) {
        String url = target.url() + (target.url().contains("?") ? "&" : "?") + "sessionVariables=sql_mode=''";
        try (Database db = TestDatabase.fresh(target.builder().url(url).build())) {
            SampleDao samples = new SampleDao(db);
            Sample longText = TypeRoundTripTest.full();
            longText.text = "a".repeat(1001);
            assertThrows(DataAccessException.class, () -> db.inContext(() -> insertWithJooq(db, samples, longText)));

            Sample tooLarge = TypeRoundTripTest.full();
            tooLarge.amount = new BigDecimal("123456789012345678901");
            assertThrows(DataAccessException.class, () -> db.inContext(() -> insertWithJooq(db, samples, tooLarge)));

            assertEquals(0L, (long) db.inContext(samples::count), "nothing was stored cut or clamped");
            assertStrict(db.inContext(() -> sqlMode(db.session().connection())));
        }
    }

    private static int insertWithJooq(Database db, SampleDao samples, Sample sample) {
        Record record = samples.toRecord(sample);
        record.changed(GROUP.ID, false);
        return db.session().dsl().insertInto(GROUP).set(record).execute();
    }

    private static String sqlMode(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select @@SESSION.sql_mode")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStrict(String mode) {
        Set<String> modes = Set.of(mode.split(","));
        for (String wanted : STRICT) {
            assertTrue(modes.contains(wanted), "sql_mode lacks " + wanted + ": " + mode);
        }
    }
}

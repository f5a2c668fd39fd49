package dev.tablesmith.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tablesmith.ConfigurationException;
import dev.tablesmith.Database;
import dev.tablesmith.Teardown;
import dev.tablesmith.servlet.TablesmithFilter;
import dev.tablesmith.spring.boot.app.NoteDao;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** How {@code tablesmith.*} and {@code spring.datasource.*} properties shape the auto-configured beans. */
@ExtendWith(OutputCaptureExtension.class)
class PropertiesTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    TablesmithAutoConfiguration.class));

    private static String h2() {
        return "jdbc:h2:mem:properties-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static HikariDataSource pool(Database db) throws SQLException {
        return db.engine().unwrap(HikariDataSource.class);
    }

    @Test
    void theDatabaseBorrowsTheApplicationsDataSource() {
        runner.withPropertyValues("spring.datasource.url=" + h2()).run(context -> {
            Database db = context.getBean(Database.class);
            assertSame(context.getBean(DataSource.class), db.engine());
            assertEquals(Teardown.COMMIT, db.teardown());
        });
    }

    @Test
    void tablesmithUrlWinsWithAPoolOfItsOwn() {
        runner.withPropertyValues("spring.datasource.url=" + h2(), "tablesmith.url=" + h2(), "tablesmith.user=sa",
                "tablesmith.password=", "tablesmith.pool-size=3", "tablesmith.timeouts.acquire=2500ms")
                .run(context -> {
                    Database db = context.getBean(Database.class);
                    assertNotSame(context.getBean(DataSource.class), db.engine());
                    assertEquals("tablesmith", pool(db).getPoolName());
                    assertEquals(3, pool(db).getMaximumPoolSize());
                    assertEquals(2500, pool(db).getConnectionTimeout());
                    assertEquals("sa", pool(db).getUsername());
                });
    }

    @Test
    void withoutAnyDatabaseConfiguredItIsAPrivateH2InMemory() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TablesmithAutoConfiguration.class))
                .run(context -> assertTrue(pool(context.getBean(Database.class)).getJdbcUrl()
                        .startsWith("jdbc:h2:mem:tablesmith-")));
    }

    @Test
    void teardownBindsAndQueryRecording() {
        runner.withPropertyValues("spring.datasource.url=" + h2(), "tablesmith.teardown=always-commit",
                "tablesmith.record-queries=true", "tablesmith.binds.audit.url=" + h2(),
                "tablesmith.binds.audit.user=sa", "tablesmith.create-all=true").run(context -> {
                    Database db = context.getBean(Database.class);
                    assertEquals(Teardown.ALWAYS_COMMIT, db.teardown());
                    assertEquals(Set.of("", "audit"), db.engines().keySet());
                    assertEquals("sa", db.engines().get("audit").unwrap(HikariDataSource.class).getUsername());
                    assertEquals(1, db.inContext(() -> {
                        new NoteDao(db).count();
                        return db.recordedQueries().size();
                    }));
                });
    }

    @Test
    void aBindWithoutAUrlIsAClearError() {
        runner.withPropertyValues("tablesmith.binds.audit.user=sa").run(context -> {
            assertTrue(context.getStartupFailure() != null);
            Throwable cause = context.getStartupFailure();
            while (cause.getCause() != null && !(cause instanceof ConfigurationException)) {
                cause = cause.getCause();
            }
            assertEquals("tablesmith.binds.audit.url is not set: every bind needs the JDBC URL of its database",
                    cause.getMessage());
        });
    }

    @Test
    void createAllCreatesTheTablesAtStartUp() {
        runner.withPropertyValues("spring.datasource.url=" + h2()).run(context -> {
            Database db = context.getBean(Database.class);
            assertFalse(db.verifySchema().isEmpty(), "without tablesmith.create-all, no table is created");
        });
        runner.withPropertyValues("spring.datasource.url=" + h2(), "tablesmith.create-all=true").run(context -> {
            Database db = context.getBean(Database.class);
            assertEquals(List.of(), db.verifySchema());
            assertEquals(0L, db.inContext(() -> new NoteDao(db).count()));
        });
    }

    @Test
    void slowQueryThresholdLogsSlowStatements(CapturedOutput output) {
        // Levels set by applications an earlier test started stay in the logging system.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("dev.tablesmith.sql", LogLevel.INFO);
        runner.withPropertyValues("spring.datasource.url=" + h2(), "tablesmith.create-all=true",
                "tablesmith.slow-query-threshold=0ms").run(context -> {
                    Database db = context.getBean(Database.class);
                    db.inContext(() -> new NoteDao(db).count());
                });
        assertTrue(output.getOut().contains("Slow statement"), output.getOut());
    }

    @Test
    void anApplicationsOwnDatabaseBeanWins() {
        runner.withPropertyValues("tablesmith.url=jdbc:unreachable:nothing")
                .withBean("myDatabase", Database.class, Database::inMemory).run(context -> {
                    assertEquals(1, context.getBeansOfType(Database.class).size());
                    assertTrue(context.containsBean("myDatabase"));
                });
    }

    @Test
    void aWrongSettingFailsTheStartUp() {
        runner.withPropertyValues("tablesmith.url=" + h2(), "tablesmith.timeouts.statement=30s",
                "tablesmith.timeouts.socket=5s").run(context -> assertTrue(context.getStartupFailure()
                        .getMessage().contains("socketTimeout (5 s) must be longer than statementTimeout (30 s)")
                        || rootMessage(context.getStartupFailure()).contains("must be longer than statementTimeout"),
                        rootMessage(context.getStartupFailure())));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void theFilterIsRegisteredInServletWebApplications() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TablesmithAutoConfiguration.class));
        web.run(context -> {
            FilterRegistrationBean<?> registration = context.getBean("tablesmithFilter", FilterRegistrationBean.class);
            assertTrue(registration.getFilter() instanceof TablesmithFilter);
            assertEquals(TablesmithProperties.DEFAULT_FILTER_ORDER, registration.getOrder());
            assertEquals(Set.of("/*"), Set.copyOf(registration.getUrlPatterns()));
            assertEquals(TablesmithProperties.DEFAULT_FILTER_ORDER + 1, context.getBean(
                    "tablesmithFlushDeferringFilter", FilterRegistrationBean.class).getOrder(), "just inside it");
        });
        web.withPropertyValues("tablesmith.filter.order=7", "tablesmith.filter.url-patterns=/api/*,/admin/*")
                .run(context -> {
                    FilterRegistrationBean<?> registration = context.getBean("tablesmithFilter",
                            FilterRegistrationBean.class);
                    assertEquals(7, registration.getOrder());
                    assertEquals(Set.of("/api/*", "/admin/*"), Set.copyOf(registration.getUrlPatterns()));
                });
        web.withPropertyValues("tablesmith.filter.enabled=false")
                .run(context -> assertFalse(context.containsBean("tablesmithFilter")));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TablesmithAutoConfiguration.class))
                .run(context -> assertFalse(context.containsBean("tablesmithFilter"), "not outside web applications"));
    }

    @Test
    void customizersConfigureTheFilter() {
        TablesmithFilter[] seen = new TablesmithFilter[1];
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(TablesmithAutoConfiguration.class))
                .withBean(TablesmithFilterCustomizer.class, () -> filter -> {
                    seen[0] = filter.withoutNotFoundMapping();
                    return seen[0];
                }).run(context -> assertSame(seen[0],
                        context.getBean("tablesmithFilter", FilterRegistrationBean.class).getFilter()));
    }

    /** The timeouts reach the server: PostgreSQL reports them as the session's settings. */
    @Test
    @EnabledIf("dev.tablesmith.spring.boot.TestDatabase#postgresAvailable")
    void timeoutsReachPostgres() {
        runner.withPropertyValues("tablesmith.url=" + TestDatabase.postgresUrl(),
                "tablesmith.user=" + TestDatabase.postgresUser(),
                "tablesmith.password=" + TestDatabase.postgresPassword(), "tablesmith.timeouts.statement=7s",
                "tablesmith.timeouts.lock=3s").run(context -> {
                    Database db = context.getBean(Database.class);
                    assertEquals(List.of("7s", "3s"), db.inContext(() -> List.of(
                            db.session().dsl().fetchValue("show statement_timeout").toString(),
                            db.session().dsl().fetchValue("show lock_timeout").toString())));
                });
    }
}

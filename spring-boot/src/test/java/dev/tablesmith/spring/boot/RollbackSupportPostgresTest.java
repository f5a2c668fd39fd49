package dev.tablesmith.spring.boot;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RollbackSupportTests} on PostgreSQL, through Tablesmith's own pool. */
@EnabledIf("dev.tablesmith.spring.boot.TestDatabase#postgresAvailable")
class RollbackSupportPostgresTest extends RollbackSupportTests {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("tablesmith.url", TestDatabase::postgresUrl);
        registry.add("tablesmith.user", TestDatabase::postgresUser);
        registry.add("tablesmith.password", TestDatabase::postgresPassword);
    }
}

package dev.tablesmith.spring.boot;

import org.springframework.test.context.TestPropertySource;

/** {@link RollbackSupportTests} on H2 in memory, through the application's DataSource. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rollback-support;DB_CLOSE_DELAY=-1")
class RollbackSupportH2Test extends RollbackSupportTests {
}

/**
 * JUnit 5 support for applications that use Tablesmith: {@code RollbackExtension} with {@code @QueryBudget}, and
 * {@code MigrationChain}, the check that the committed migrations reproduce the models' schema.
 */
@SuppressWarnings("requires-automatic") // Flyway publishes no module descriptor
module dev.tablesmith.test {
    requires transitive dev.tablesmith;
    requires transitive org.junit.jupiter.api;
    requires flyway.core;

    exports dev.tablesmith.test;
}

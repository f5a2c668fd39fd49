/** JUnit 5 support for applications that use Tablesmith: {@code RollbackExtension} and {@code @QueryBudget}. */
module dev.tablesmith.test {
    requires transitive dev.tablesmith;
    requires transitive org.junit.jupiter.api;

    exports dev.tablesmith.test;
}

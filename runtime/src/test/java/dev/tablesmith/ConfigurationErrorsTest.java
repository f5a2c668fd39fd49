package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A newcomer's configuration mistakes say what is wrong and what to do. This module's tests compile no models, so
 * they see exactly what an application built without the annotation processor sees.
 */
class ConfigurationErrorsTest {

    @Test
    void withoutTheProcessorEverySchemaOperationSaysNoModelIsRegisteredAndWhy() {
        try (Database db = Database.inMemory()) {
            for (Runnable operation : new Runnable[] {db::createAll, db::dropAll, db::ddl, db::verifySchema,
                    () -> db.createAll(Database.DEFAULT_BIND), () -> db.metadata()}) {
                ConfigurationException e = assertThrows(ConfigurationException.class, operation::run);
                assertTrue(e.getMessage().startsWith("No @Model is registered")
                        && e.getMessage().contains("annotationProcessorPaths")
                        && e.getMessage().contains("Database.builder().models("), e.getMessage());
            }
        }
    }

    @Test
    void aUrlWithoutItsDriverNamesTheArtifactToAdd() {
        ConfigurationException postgres = assertThrows(ConfigurationException.class,
                () -> Database.connect("jdbc:postgresql://127.0.0.1:1/none"));
        assertTrue(postgres.getMessage().contains("add the driver org.postgresql:postgresql"), postgres.getMessage());
        ConfigurationException sqlite = assertThrows(ConfigurationException.class,
                () -> Database.connect("jdbc:sqlite:/tmp/none.db"));
        assertTrue(sqlite.getMessage().contains("org.xerial:sqlite-jdbc"), sqlite.getMessage());
        ConfigurationException unknown = assertThrows(ConfigurationException.class,
                () -> Database.connect("jdbc:oracle:thin:@127.0.0.1:1:none"));
        assertTrue(unknown.getMessage().contains("Tablesmith supports jdbc:h2:"), unknown.getMessage());
    }
}

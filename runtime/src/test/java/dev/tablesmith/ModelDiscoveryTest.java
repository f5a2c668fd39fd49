package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.Notes.NoteTable;
import dev.tablesmith.generated.TableProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model discovery under several class loaders, as in Spring Boot: an embedded server's thread whose context class
 * loader sees the service file but not the classes it names.
 */
class ModelDiscoveryTest {
    /** A registration as the processor generates one. */
    public static final class NoteProvider implements TableProvider {
        @Override
        public ModelTable<?> table() {
            return NoteTable.NOTE;
        }
    }

    /** A loader that sees a service file listing {@code providers}, and none of the application's classes. */
    private static ClassLoader seeingOnlyTheServiceFile(Path dir, String... providers) throws IOException {
        Path file = dir.resolve("META-INF/services/" + TableProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# generated\n" + String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void aProviderTheContextLoaderCannotLoadIsLoadedThroughTablesmithsOwn(@TempDir Path dir) throws IOException {
        ClassLoader context = seeingOnlyTheServiceFile(dir, NoteProvider.class.getName());
        List<ModelTable<?>> tables = ModelDiscovery.tables(List.of(context, ModelDiscovery.class.getClassLoader()));
        assertEquals(List.of(NoteTable.NOTE), tables);
    }

    @Test
    void aDatabaseBuiltOnSuchAThreadFindsItsModels(@TempDir Path dir) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(seeingOnlyTheServiceFile(dir, NoteProvider.class.getName()));
        try (Database db = Database.inMemory()) {
            db.createAll();
            assertTrue(db.ddl().contains("\"note\""), db.ddl());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void aProviderNoLoaderCanLoadIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        ClassLoader context = seeingOnlyTheServiceFile(dir, "com.example.GoneTable$Provider");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ModelDiscovery.tables(List.of(context, ModelDiscovery.class.getClassLoader())));
        assertTrue(e.getMessage().contains("com.example.GoneTable$Provider")
                && e.getMessage().contains("Database.builder().classLoader(...)"), e.getMessage());
    }
}

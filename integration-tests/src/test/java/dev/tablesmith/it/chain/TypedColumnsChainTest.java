package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ModelTable;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import dev.tablesmith.test.MigrationChain;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that gains {@code @Json}, {@code Instant}, {@code OffsetDateTime}, {@code LocalTime} and {@code Duration}
 * columns after its first version, and then a table holding them: the migrations the processor proposed for each
 * dialect, replayed by Flyway, reproduce the models on every database. The plan is computed on the H2 snapshot, so
 * these are the columns whose H2 types (text for JSON, a zoned timestamp) other databases must not get: PostgreSQL
 * stores JSON as {@code jsonb}, MariaDB as {@code json}, and MariaDB and SQLite keep instants as UTC date-times.
 *
 * <ol>
 *   <li>{@code V1__baseline}: {@code chain_event(id, name)}</li>
 *   <li>{@code V2}: the typed columns are added, one of them {@code NOT NULL} with a default</li>
 *   <li>{@code V3}: a table ({@code chain_reading}) with the same kinds of columns and a foreign key</li>
 * </ol>
 */
class TypedColumnsChainTest {
    private static final String EVENT = """
            package chain;
            import dev.tablesmith.*;
            import java.time.*;
            @Model public class ChainEvent {
                @Id Long id;
                @Column(nullable = false, length = 80) String name;
            %s}
            """;
    private static final String TYPED_COLUMNS = """
                Instant seen;
                OffsetDateTime at;
                LocalTime opens;
                @Column(nullable = false, defaultValue = "0") Duration length;
                @Json String details;
            """;
    private static final String READING = """
            package chain;
            import dev.tablesmith.*;
            import java.time.*;
            @Model public class ChainReading {
                @Id Long id;
                @References(ChainEvent.class) Long eventId;
                @Column(nullable = false) Instant taken;
                OffsetDateTime at;
                LocalTime opens;
                Duration length;
                @Json @Column(nullable = false) String payload;
            }
            """;
    private static final List<Map<String, String>> VERSIONS = List.of(
            Map.of("ChainEvent", EVENT.formatted("")),
            Map.of("ChainEvent", EVENT.formatted(TYPED_COLUMNS)),
            Map.of("ChainEvent", EVENT.formatted(TYPED_COLUMNS), "ChainReading", READING));

    @TempDir
    static Path work;
    static Path migrations;
    static ModelTable<?>[] tables;

    @BeforeAll
    static void compileTheVersions() throws Exception {
        Path schemaDir = work.resolve("schema");
        Path classes = null;
        for (int i = 0; i < VERSIONS.size(); i++) {
            classes = EvolvingModels.compileVersion(work.resolve("v" + (i + 1)), schemaDir, VERSIONS.get(i));
        }
        migrations = schemaDir.resolve("migrations");
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                TypedColumnsChainTest.class.getClassLoader());
        tables = new ModelTable<?>[] {EvolvingModels.table(loader, "chain.ChainEventTable"),
                EvolvingModels.table(loader, "chain.ChainReadingTable")};
    }

    @AfterAll
    static void dropLeftovers() throws SQLException {
        ChainTargets.dropLeftovers("chain_reading", "chain_event");
    }

    @AllDatabases
    void theChainThatAddsTypedColumnsAndATableReproducesTheModels(TestDatabase target) throws IOException {
        List<String> chain = names(migrations.resolve(target.key()));
        assertEquals(3, chain.size(), chain::toString);
        assertTrue(chain.get(1).startsWith("V2__table_chain_event_column_"), chain::toString);
        assertTrue(chain.get(2).startsWith("V3__table_chain_reading_added"), chain::toString);

        ChainTargets.verify(MigrationChain.in(migrations).models(tables), target);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

package dev.tablesmith.test;

import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A database walked along the migration chain by Flyway, version by version: migrate to a version, load rows the
 * way the application stored them then, migrate further, and assert that the rows survived; {@link #verify()}
 * finally proves the schema equal to the models.
 *
 * <pre>{@code
 * try (MigrationRun run = MigrationChain.in(Path.of("src/main/schema/migrations")).openOnH2()) {
 *     run.migrateTo("2");
 *     run.execute("insert into \"note\" (\"id\", \"title\", \"body\") values (1, 'groceries', 'milk')");
 *     run.migrateTo("4");                                   // V4 renames body to text
 *     assertEquals("milk", run.dsl().fetchValue("select \"text\" from \"note\" where \"id\" = 1"));
 *     run.verify();
 * }
 * }</pre>
 *
 * <p>Closing it closes the database (an embedded one is deleted); a server database keeps the migrated schema.
 */
public final class MigrationRun implements AutoCloseable {
    private final Database db;
    private final String bind;
    private final SQLDialect dialect;
    private final DataSource engine;
    private final Path folder;
    private final Path temporary;
    private boolean started;
    private final boolean cleanFirst;

    MigrationRun(MigrationChain chain, Database db, boolean cleanFirst, Path temporary) {
        this.db = db;
        this.bind = chain.bind();
        this.dialect = db.dialect(bind);
        this.engine = db.engines().get(bind);
        this.cleanFirst = cleanFirst;
        this.temporary = temporary;
        this.folder = chain.folder(dialect);
        if (!Files.isDirectory(folder)) {
            db.close();
            throw new IllegalArgumentException("No migrations for " + dialect + ": the folder " + folder
                    .toAbsolutePath() + " does not exist (the processor writes one folder per dialect it renders)");
        }
    }

    /**
     * The database, with the models (the chain's database is its bind): run DAOs against it once the chain has
     * reached the models' version.
     */
    public Database database() {
        return db;
    }

    /** A jOOQ context on the database, in its dialect, for loading and reading rows of any version. */
    public DSLContext dsl() {
        return DSL.using(engine, dialect);
    }

    /** Runs one SQL statement and commits it: for loading rows the schema of the current version can hold. */
    public MigrationRun execute(String sql) {
        try (Connection connection = engine.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + " at version " + version() + " on " + dialect
                    + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The version the database is at, {@code "0"} before the first migration. */
    public String version() {
        MigrationInfo current = flyway("latest").info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * Applies the migrations up to and including {@code version} (e.g. {@code "3"}), in Flyway's order.
     *
     * @throws MigrationChainError naming the migration that failed to apply, or why Flyway refused the chain
     */
    public MigrationRun migrateTo(String version) {
        start();
        List<String> versions = new ArrayList<>();
        for (MigrationInfo info : flyway("latest").info().all()) {
            if (info.getVersion() != null && info.getScript() != null) {
                versions.add(info.getVersion().getVersion());
            }
        }
        if (!versions.contains(version)) {
            throw new IllegalArgumentException("No migration of version " + version + " in " + folder
                    .toAbsolutePath() + "; its versions are " + versions);
        }
        if (MigrationVersion.fromVersion(version).isNewerThan(version()) || version.equals(version())) {
            migrate(version);
            return this;
        }
        throw new IllegalStateException("The database is at version " + version() + ", past " + version
                + ": a chain only moves forward");
    }

    /** Applies every migration not applied yet. */
    public MigrationRun migrateToLatest() {
        migrate("latest");
        return this;
    }

    /**
     * Applies every migration not applied yet, then compares the database with the models as
     * {@code verifySchema()} does, and also looks for tables no model maps.
     *
     * @throws MigrationChainError listing every difference with the migration file to look at
     */
    public void verify() {
        migrateToLatest();
        List<ModelTable<?>> tables = db.tables(bind);
        List<AppliedMigration> applied = applied();
        MigrationBlame blame = new MigrationBlame(tables, applied);
        List<String> differences = new ArrayList<>(db.verifySchema(bind));
        for (String table : SchemaTables.unmapped(engine, dialect, tables, Flyway.configure().getTable())) {
            differences.add((bind.isEmpty() ? "the default database" : "bind '" + bind + "'") + ": table \"" + table
                    + "\" exists but no model maps it");
        }
        if (differences.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("The migration chain in " + folder.toAbsolutePath()
                + " does not reproduce the models' schema on " + dialect + " (" + applied.size()
                + " migrations applied, up to version " + version() + "):");
        for (String difference : differences) {
            message.append("\n  ").append(difference).append("\n      ").append(blame.hint(difference));
        }
        throw new MigrationChainError(message.toString(), differences, null, null);
    }

    /** Before the first migration: the database must be empty, or be emptied when the chain says so. */
    private void start() {
        if (!started) {
            prepareEmptyDatabase();
            started = true;
        }
    }

    private void migrate(String target) {
        start();
        Flyway flyway = flyway(target);
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            Optional<Path> failed = failedMigration(flyway);
            throw new MigrationChainError("The migration chain in " + folder.toAbsolutePath() + " does not apply on "
                    + dialect + failed.map(file -> ": " + file.getFileName() + " failed").orElse("")
                    + ": " + e.getMessage(), List.of(), failed.orElse(null), e);
        }
    }

    /** The migration Flyway recorded as failed, else the first it did not apply: the one it stopped at. */
    private Optional<Path> failedMigration(Flyway flyway) {
        try {
            for (MigrationInfo info : flyway.info().all()) {
                if (info.getState().isFailed() || !info.getState().isApplied() && info.getScript() != null) {
                    return Optional.of(folder.resolve(info.getScript()));
                }
            }
        } catch (FlywayException e) {
            // Flyway refused the chain itself (naming, duplicate versions): its message names the files.
        }
        return Optional.empty();
    }

    private List<AppliedMigration> applied() {
        List<AppliedMigration> applied = new ArrayList<>();
        for (MigrationInfo info : flyway("latest").info().applied()) {
            if (info.getScript() == null || info.getVersion() == null) {
                continue;
            }
            Path file = folder.resolve(info.getScript());
            try {
                applied.add(new AppliedMigration(info.getVersion().getVersion(), file, Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migration " + file + ": " + e.getMessage(), e);
            }
        }
        return applied;
    }

    private void prepareEmptyDatabase() {
        List<String> existing = SchemaTables.all(engine, dialect);
        if (existing.isEmpty()) {
            return;
        }
        if (!cleanFirst) {
            throw new IllegalStateException("The migration chain must start from an empty database, but "
                    + dialect + " already holds the tables " + existing + "; point the check at a database of "
                    + "its own, or empty it first with MigrationChain.cleanFirst()");
        }
        Flyway.configure().dataSource(engine).cleanDisabled(false).load().clean();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(engine)
                .locations("filesystem:" + folder.toAbsolutePath())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .target(target)
                .load();
    }

    @Override
    public void close() {
        try {
            if (dialect == SQLDialect.H2 && temporary == null && isInMemoryH2()) {
                execute("shutdown");
            }
        } catch (RuntimeException e) {
            // the database is going away either way
        } finally {
            db.close();
            deleteTemporary();
        }
    }

    private boolean isInMemoryH2() {
        try (Connection connection = engine.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:mem:migration-chain-");
        } catch (SQLException e) {
            return false;
        }
    }

    private void deleteTemporary() {
        if (temporary == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporary)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary database " + temporary, e);
        }
    }
}

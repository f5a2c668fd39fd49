package dev.tablesmith.test;

import dev.tablesmith.BindConfig;
import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import dev.tablesmith.ModelTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Proves that the committed migration chain reproduces the models' schema: on an empty database it applies the
 * migrations with Flyway (so Flyway's own naming and ordering rules are the ones checked), then compares the result
 * with the models exactly as {@code Database.verifySchema()} does, and fails with every difference and the
 * migration file to look at.
 *
 * <pre>{@code
 * MigrationChain chain = MigrationChain.in(Path.of("src/main/schema/migrations"));
 *
 * @Test
 * void theMigrationsReproduceTheModels() {
 *     chain.verifyOnH2();
 *     chain.verifyOnSqlite();
 *     chain.verify("jdbc:postgresql://127.0.0.1:5432/app_test", "postgres", "");
 * }
 * }</pre>
 *
 * <p>The folder holds one sub-folder of Flyway-named migrations per dialect, as the processor writes them
 * ({@code -Atablesmith.schemaDir}): {@code h2}, {@code postgres}, {@code mariadb}, {@code sqlite}; the database's
 * dialect picks the sub-folder. The models are those on the class path (as {@code Database.builder()} discovers
 * them) unless {@link #models} names them. Immutable: each method that configures returns a new chain.
 */
public final class MigrationChain {
    private final Path folder;
    private final List<ModelTable<?>> models;
    private final boolean cleanFirst;
    private final String bind;

    private MigrationChain(Path folder, List<ModelTable<?>> models, boolean cleanFirst, String bind) {
        this.folder = folder;
        this.models = models;
        this.cleanFirst = cleanFirst;
        this.bind = bind;
    }

    /** The chain in {@code folder}, which holds one sub-folder per dialect ({@code postgres/V1__baseline.sql}, ...). */
    public static MigrationChain in(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The migration folder " + folder.toAbsolutePath() + " does not exist; "
                    + "it is the -Atablesmith.schemaDir folder's migrations/ (one sub-folder per dialect)");
        }
        return new MigrationChain(folder, null, false, Database.DEFAULT_BIND);
    }

    /** Compares with these models' tables instead of the models discovered on the class path. */
    public MigrationChain models(ModelTable<?>... tables) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("models() needs at least one table: with none, nothing is checked");
        }
        return new MigrationChain(folder, List.of(tables), cleanFirst, bind);
    }

    /**
     * Empties a server database before the chain runs, with Flyway's {@code clean} (it drops every object of the
     * connection's schema). Without it, a database that holds tables is refused rather than emptied: point the check
     * at a database that exists for it.
     */
    public MigrationChain cleanFirst() {
        return new MigrationChain(folder, models, true, bind);
    }

    /**
     * The chain of the models of {@code bind} ({@code @Model(bind = "...")}): the processor writes it into
     * {@code migrations-<bind>/}, the folder to pass to {@link #in}. The database checked is configured as that bind.
     */
    public MigrationChain bind(String bind) {
        Objects.requireNonNull(bind, "bind");
        return new MigrationChain(folder, models, cleanFirst, bind);
    }

    /** The bind whose models the chain is compared with, {@link Database#DEFAULT_BIND} unless {@link #bind} says. */
    String bind() {
        return bind;
    }

    /** The sub-folder of {@code dialect}, e.g. {@code postgres}, as the processor names it. */
    Path folder(org.jooq.SQLDialect dialect) {
        return folder.resolve(dialect.getNameLC());
    }

    /**
     * Applies the whole chain to the empty database at {@code url} and compares it with the models.
     *
     * @throws MigrationChainError when a migration fails to apply or the result differs from the models
     */
    public void verify(String url) {
        verify(url, null, null);
    }

    /** Like {@link #verify(String)}, logging in as {@code user}. */
    public void verify(String url, String user, String password) {
        try (MigrationRun run = open(url, user, password)) {
            run.verify();
        }
    }

    /** {@link #verify(String)} on a new in-memory H2 database (H2 must be on the test class path). */
    public void verifyOnH2() {
        try (MigrationRun run = openOnH2()) {
            run.verify();
        }
    }

    /** {@link #verify(String)} on a new SQLite database in a temporary file (sqlite-jdbc on the test class path). */
    public void verifyOnSqlite() {
        try (MigrationRun run = openOnSqlite()) {
            run.verify();
        }
    }

    /**
     * The empty database at {@code url}, with no migration applied yet, to walk the chain version by version: load
     * rows at one version, migrate to a later one, and assert on the rows (Room's {@code MigrationTestHelper}).
     */
    public MigrationRun open(String url, String user, String password) {
        return new MigrationRun(this, database(url, user, password), cleanFirst, null);
    }

    /** Like {@link #open(String, String, String)}, on a server that needs no login or takes it in the URL. */
    public MigrationRun open(String url) {
        return open(url, null, null);
    }

    /** Like {@link #open(String)}, on a new in-memory H2 database, dropped on close. */
    public MigrationRun openOnH2() {
        String url = "jdbc:h2:mem:migration-chain-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        return new MigrationRun(this, database(url, null, null), false, null);
    }

    /** Like {@link #open(String)}, on a new SQLite database in a temporary file, deleted on close. */
    public MigrationRun openOnSqlite() {
        try {
            Path dir = Files.createTempDirectory("tablesmith-chain");
            return new MigrationRun(this, database("jdbc:sqlite:" + dir.resolve("chain.db"), null, null), false, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary SQLite database: " + e.getMessage(), e);
        }
    }

    private Database database(String url, String user, String password) {
        DatabaseBuilder builder = Database.builder().poolSize(2);
        if (bind.isEmpty()) {
            builder.url(url);
            if (user != null) {
                builder.user(user).password(password == null ? "" : password);
            }
        } else {
            builder.bind(bind, new BindConfig(url, user, user == null ? null : password == null ? "" : password));
        }
        if (models != null) {
            builder.models(models.toArray(new ModelTable<?>[0]));
        }
        return builder.build();
    }
}

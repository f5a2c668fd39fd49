package dev.tablesmith.test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The committed migration chain does not reproduce the models' schema on a database: a migration failed to apply
 * (or Flyway refused the chain: a misnamed file, two files of one version), or the migrated schema differs from the
 * models. An {@link AssertionError}, so a test reports it as a failure; its message lists every difference, each
 * with the migration file to look at.
 */
public final class MigrationChainError extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient List<String> differences;
    private final transient Path failedMigration;

    MigrationChainError(String message, List<String> differences, Path failedMigration, Throwable cause) {
        super(message, cause);
        this.differences = List.copyOf(differences);
        this.failedMigration = failedMigration;
    }

    /** Each difference between the migrated database and the models, as {@code verifySchema()} describes it. */
    public List<String> differences() {
        return differences;
    }

    /** The migration that failed to apply, when one did. */
    public Optional<Path> failedMigration() {
        return Optional.ofNullable(failedMigration);
    }
}

package dev.tablesmith.processor;

import dev.tablesmith.processor.schema.MigrationPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compares one bind's schema with the snapshot committed in {@code -Atablesmith.schemaDir}. A missing snapshot
 * comes with a proposed baseline migration creating the whole schema (the chain's version 1); a missing snapshot,
 * or one the models drifted from, is reported (an error, or with {@code -Atablesmith.schemaCheck=warn} a warning)
 * with a readable list of the changes, and the proposed migrations are written next to it; a drop plus an add in
 * one table is refused until the model says whether it is a rename. With {@code -Atablesmith.schemaUpdate=true}
 * the models' schema becomes the new snapshot instead.
 */
final class SnapshotCheck {
    private final ProcessorOptions options;
    private final SchemaFiles files;
    private final MigrationWriter migrations;
    private final ErrorReporter errors;

    SnapshotCheck(ProcessorOptions options, SchemaFiles files, MigrationWriter migrations, ErrorReporter errors) {
        this.options = options;
        this.files = files;
        this.migrations = migrations;
        this.errors = errors;
    }

    void check(Path dir, SchemaRenderer.BindSchema schema) throws IOException {
        String what = schema.description();
        Path snapshot = SchemaFiles.snapshot(dir, schema.bind());
        String current = schema.snapshot();
        boolean update = options.schemaUpdate();
        Optional<String> committed = files.read(snapshot);
        if (committed.isEmpty()) {
            Path migrationDir = SchemaFiles.migrations(dir, schema.bind());
            boolean baseline = migrations.writeBaseline(migrationDir, schema.ddl(), true);
            String baselineNote = baseline ? " and the baseline migrations " + migrationDir + "/<dialect>/"
                    + MigrationWriter.BASELINE : "";
            if (update) {
                files.write(snapshot, current);
                errors.note("Tablesmith wrote the schema snapshot " + snapshot + baselineNote + "; commit them");
            } else {
                if (baseline) {
                    errors.note("Tablesmith proposed" + baselineNote);
                }
                report(Message.SCHEMA_MISSING, snapshot, what);
            }
            return;
        }
        if (committed.get().equals(current)) {
            Path migrationDir = SchemaFiles.migrations(dir, schema.bind());
            // A snapshot accepted before baselines were written: the models are the snapshot, so is the baseline.
            if (update && migrations.writeBaseline(migrationDir, schema.ddl(), false)) {
                errors.note("Tablesmith wrote the baseline migrations " + migrationDir + "/<dialect>/"
                        + MigrationWriter.BASELINE + " of the committed snapshot " + snapshot + "; commit them");
            }
            return;
        }
        MigrationPlan plan = migrations.plan(committed.get(), current, schema.renames());
        if (plan.isEmpty()) {
            if (update) {
                files.write(snapshot, current); // only formatting changed
            }
            return;
        }
        List<String> renameSuspects = plan.possibleRenames();
        if (!renameSuspects.isEmpty()) {
            errors.error(Message.SCHEMA_RENAME, what, "  " + String.join("\n  ", renameSuspects));
            return;
        }
        Path migrationDir = SchemaFiles.migrations(dir, schema.bind());
        migrations.write(migrationDir, plan);
        if (update) {
            files.write(snapshot, current);
            errors.note("Tablesmith accepted the new schema of " + what + " into " + snapshot + "; commit it with "
                    + "the migrations in " + migrationDir);
        } else {
            report(Message.SCHEMA_DRIFT, what, snapshot, changes(plan), migrationDir);
        }
    }

    /** The plan's steps for people, one a line, each with its warning. */
    static String changes(MigrationPlan plan) {
        StringBuilder changes = new StringBuilder();
        for (MigrationPlan.Step step : plan.steps()) {
            changes.append("  ").append(step.description())
                    .append(step.warning() == null ? "" : "  [" + step.warning() + "]").append('\n');
        }
        return changes.toString().stripTrailing();
    }

    /** A drift or a missing snapshot: an error, or with {@code -Atablesmith.schemaCheck=warn} a warning. */
    private void report(Message message, Object... args) {
        if (options.schemaCheck() == ProcessorOptions.SchemaCheck.WARN) {
            errors.warning(message, args);
        } else {
            errors.error(message, args);
        }
    }
}

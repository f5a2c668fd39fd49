package dev.tablesmith.processor;

import dev.tablesmith.processor.schema.MigrationPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;

/**
 * Plans the migration from a committed snapshot to the models' schema ({@link MigrationPlan}), and writes it as the
 * next Flyway-named version of each dialect's migration folder, {@code V<n>__<what_changed>.sql}.
 */
final class MigrationWriter {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final SchemaFiles files;

    MigrationWriter(SchemaFiles files) {
        this.files = files;
    }

    /** The plan from {@code committed} to {@code current}, applying {@code renames} as renames. */
    MigrationPlan plan(String committed, String current, Map<String, Map<String, String>> renames) {
        return MigrationPlan.between(committed, current, renames);
    }

    /** Writes {@code plan} into {@code migrations}, one folder per dialect. */
    void write(Path migrations, MigrationPlan plan) throws IOException {
        for (SQLDialect dialect : SchemaRenderer.DIALECTS) {
            write(migrations.resolve(dialect.getNameLC()), plan, dialect);
        }
    }

    /**
     * Writes the plan as the next version, unless the newest migration already is this plan: a build that drifted
     * and is run again before the change is accepted proposes the same migration once.
     */
    private void write(Path dir, MigrationPlan plan, SQLDialect dialect) throws IOException {
        String script = plan.script(dialect);
        int next = 1;
        Path newest = null;
        for (Path file : files.list(dir)) {
            Matcher matcher = VERSION.matcher(file.getFileName().toString());
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= next) {
                next = Integer.parseInt(matcher.group(1)) + 1;
                newest = file;
            }
        }
        if (newest != null && files.read(newest).orElseThrow().equals(script)) {
            return;
        }
        files.write(dir.resolve("V" + next + "__" + plan.slug() + ".sql"), script);
    }
}

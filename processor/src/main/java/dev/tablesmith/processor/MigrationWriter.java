package dev.tablesmith.processor;

import dev.tablesmith.processor.schema.MigrationPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;

/**
 * Plans the migration from a committed snapshot to the models' schema ({@link MigrationPlan}), and writes it as the
 * next Flyway-named version of each dialect's migration folder, {@code V<n>__<what_changed>.sql}. The first
 * snapshot's schema is written as {@code V1__baseline.sql}, so that a new project's chain creates the whole schema
 * from an empty database on its own.
 */
final class MigrationWriter {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    /** The baseline's file name: version 1, the first a chain applies. */
    static final String BASELINE = "V1__baseline.sql";
    /** The {@code if not exists} of {@code createAll()}'s DDL, which a migration must not have: it hides a clash. */
    private static final Pattern IF_NOT_EXISTS = Pattern.compile(
            "(?m)^(create (?:unique )?(?:table|index)) if not exists ");

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
     * Writes the baseline of a schema, {@code ddl} by dialect, into {@code migrations}, one folder per dialect, unless
     * a dialect's folder already holds a chain (a project that had migrations before its first snapshot keeps them).
     * When {@code proposal} (the schema has no snapshot yet), a baseline written by an earlier build is still a
     * proposal, and is replaced by the current one; once the snapshot is accepted, a committed baseline is never
     * rewritten, since databases already migrated with it would no longer match its checksum.
     *
     * @return whether a baseline was written
     */
    boolean writeBaseline(Path migrations, Map<SQLDialect, String> ddl, boolean proposal) throws IOException {
        boolean written = false;
        for (SQLDialect dialect : SchemaRenderer.DIALECTS) {
            Path dir = migrations.resolve(dialect.getNameLC());
            List<String> chain = new ArrayList<>();
            for (Path file : files.list(dir)) {
                if (VERSION.matcher(file.getFileName().toString()).matches()) {
                    chain.add(file.getFileName().toString());
                }
            }
            if (chain.isEmpty() || proposal && chain.equals(List.of(BASELINE))) {
                files.write(dir.resolve(BASELINE), baseline(ddl.get(dialect)));
                written = true;
            }
        }
        return written;
    }

    /** The baseline script: every table, then every index, created in foreign-key order. */
    static String baseline(String ddl) {
        return "-- baseline: the whole schema of the first snapshot, tables in foreign-key order\n"
                + IF_NOT_EXISTS.matcher(ddl).replaceAll("$1 ");
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

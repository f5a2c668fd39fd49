package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.ModelTable;
import dev.tablesmith.internal.SchemaDdl;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import dev.tablesmith.processor.schema.CompileTimeTable;
import dev.tablesmith.processor.schema.MigrationPlan;
import dev.tablesmith.processor.schema.SchemaJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jooq.SQLDialect;

/**
 * The schema stage: writes the derived schema (canonical JSON and DDL per dialect) as class-path resources and,
 * with {@code -Atablesmith.schemaDir}, checks it against the snapshot committed there, proposing Flyway-named
 * migrations when they differ.
 */
final class SchemaOutput {
    static final List<SQLDialect> DIALECTS = List.of(SQLDialect.H2, SQLDialect.POSTGRES, SQLDialect.MARIADB,
            SQLDialect.SQLITE);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final ProcessingEnvironment env;
    private final ProcessorOptions options;
    private final ErrorReporter errors;

    SchemaOutput(ProcessingEnvironment env, ProcessorOptions options, ErrorReporter errors) {
        this.env = env;
        this.options = options;
        this.errors = errors;
    }

    void write(List<ModelDescriptor> models) throws IOException {
        Map<ClassName, CompileTimeTable> tables = new LinkedHashMap<>();
        for (ModelDescriptor model : models) {
            tables.put(model.modelClass(), new CompileTimeTable(model, tables));
        }
        Element[] origins = models.stream().map(ModelDescriptor::element).toArray(Element[]::new);
        resource("META-INF/tablesmith/schema.json", SchemaJson.of(models), origins);
        Map<String, List<ModelTable<?>>> byBind = byBind(tables);
        for (SQLDialect dialect : DIALECTS) {
            StringBuilder ddl = new StringBuilder();
            byBind.forEach((bind, bindTables) -> ddl.append(bind.isEmpty() ? "" : "\n-- bind: " + bind + "\n")
                    .append(SchemaDdl.render(dialect, bindTables)));
            resource("META-INF/tablesmith/ddl/" + dialect.getNameLC() + ".sql", ddl.toString(), origins);
        }
        if (options.schemaDir().isPresent()) {
            for (var entry : byBind.entrySet()) {
                check(options.schemaDir().get(), entry.getKey(), entry.getValue(), renames(models, entry.getKey()));
            }
        }
    }

    private void check(Path dir, String bind, List<ModelTable<?>> tables, Map<String, Map<String, String>> renames)
            throws IOException {
        String what = bind.isEmpty() ? "the default database" : "bind '" + bind + "'";
        Path snapshot = dir.resolve(bind.isEmpty() ? "schema.sql" : "schema-" + bind + ".sql");
        String current = SchemaDdl.render(MigrationPlan.SNAPSHOT_DIALECT, tables);
        boolean update = options.schemaUpdate();
        if (!Files.exists(snapshot)) {
            if (update) {
                writeFile(snapshot, current);
                note("Tablesmith wrote the schema snapshot " + snapshot + "; commit it");
            } else {
                report(Message.SCHEMA_MISSING, snapshot, what);
            }
            return;
        }
        String committed = Files.readString(snapshot, StandardCharsets.UTF_8);
        if (committed.equals(current)) {
            return;
        }
        MigrationPlan plan = MigrationPlan.between(committed, current, renames);
        if (plan.isEmpty()) {
            if (update) {
                writeFile(snapshot, current); // only formatting changed
            }
            return;
        }
        List<String> renameSuspects = plan.possibleRenames();
        if (!renameSuspects.isEmpty()) {
            errors.error(Message.SCHEMA_RENAME, what, "  " + String.join("\n  ", renameSuspects));
            return;
        }
        Path migrations = dir.resolve(bind.isEmpty() ? "migrations" : "migrations-" + bind);
        for (SQLDialect dialect : DIALECTS) {
            writeMigration(migrations.resolve(dialect.getNameLC()), plan, dialect);
        }
        if (update) {
            writeFile(snapshot, current);
            note("Tablesmith accepted the new schema of " + what + " into " + snapshot + "; commit it with the "
                    + "migrations in " + migrations);
        } else {
            StringBuilder changes = new StringBuilder();
            for (MigrationPlan.Step step : plan.steps()) {
                changes.append("  ").append(step.description())
                        .append(step.warning() == null ? "" : "  [" + step.warning() + "]").append('\n');
            }
            report(Message.SCHEMA_DRIFT, what, snapshot, changes.toString().stripTrailing(), migrations);
        }
    }

    /** Writes the plan as the next Flyway version, unless the newest migration already is this plan. */
    private static void writeMigration(Path dir, MigrationPlan plan, SQLDialect dialect) throws IOException {
        Files.createDirectories(dir);
        String script = plan.script(dialect);
        int next = 1;
        Path newest = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher matcher = VERSION.matcher(file.getFileName().toString());
                if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= next) {
                    next = Integer.parseInt(matcher.group(1)) + 1;
                    newest = file;
                }
            }
        }
        if (newest != null && Files.readString(newest, StandardCharsets.UTF_8).equals(script)) {
            return;
        }
        writeFile(dir.resolve("V" + next + "__" + plan.slug() + ".sql"), script);
    }

    /** A drift or a missing snapshot: an error, or with {@code -Atablesmith.schemaCheck=warn} a warning. */
    private void report(Message message, Object... args) {
        if (options.schemaCheck() == ProcessorOptions.SchemaCheck.WARN) {
            errors.warning(message, args);
        } else {
            errors.error(message, args);
        }
    }

    private void note(String message) {
        env.getMessager().printMessage(Diagnostic.Kind.NOTE, message);
    }

    private static Map<String, List<ModelTable<?>>> byBind(Map<ClassName, CompileTimeTable> tables) {
        Map<String, List<ModelTable<?>>> byBind = new java.util.TreeMap<>();
        for (ModelTable<?> table : SchemaDdl.inForeignKeyOrder(new ArrayList<>(tables.values()))) {
            byBind.computeIfAbsent(table.bind(), b -> new ArrayList<>()).add(table);
        }
        return byBind;
    }

    /** {@code table -> (old column -> new column)} from the {@code @RenamedFrom} annotations of {@code bind}. */
    private static Map<String, Map<String, String>> renames(List<ModelDescriptor> models, String bind) {
        Map<String, Map<String, String>> renames = new LinkedHashMap<>();
        for (ModelDescriptor model : models) {
            if (!model.bind().equals(bind)) {
                continue;
            }
            for (ColumnDescriptor column : model.columns()) {
                if (!column.previousName().isEmpty()) {
                    renames.computeIfAbsent(model.table(), t -> new LinkedHashMap<>())
                            .put(column.previousName(), column.name());
                }
            }
        }
        return renames;
    }

    private void resource(String path, String content, Element[] origins) throws IOException {
        FileObject file = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write(content);
        }
    }

    private static void writeFile(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

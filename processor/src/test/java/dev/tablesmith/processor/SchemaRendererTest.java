package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.tablesmith.ModelTable;
import dev.tablesmith.internal.SchemaDdl;
import dev.tablesmith.processor.property.CompiledClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.StandardLocation;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * The schema resources: the DDL rendered at compile time is, on every dialect, the DDL that the generated tables
 * create at run time, and the JSON describes the tables.
 */
class SchemaRendererTest {
    private static String resource(Compilation compilation, String path) throws IOException {
        var file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        assertThat(file.isPresent()).isTrue();
        return new String(file.get().openInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void compileTimeDdlIsWhatCreateAllRunsOnEveryDialect() throws Exception {
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(SnapshotCheckTest.account("String email;"), SnapshotCheckTest.AUDIT);
        assertThat(compilation).succeeded();
        CompiledClasses classes = new CompiledClasses(compilation);
        List<ModelTable<?>> tables = List.of(
                (ModelTable<?>) classes.loadClass("com.example.AccountTable").getField("ACCOUNT").get(null),
                (ModelTable<?>) classes.loadClass("com.example.AuditTable").getField("AUDIT").get(null));
        for (SQLDialect dialect : SchemaRenderer.DIALECTS) {
            String runtime = SchemaDdl.render(dialect, SchemaDdl.inForeignKeyOrder(tables));
            assertThat(resource(compilation, SchemaFiles.ddlResource(dialect)))
                    .isEqualTo(runtime);
        }
        String json = resource(compilation, SchemaFiles.JSON_RESOURCE);
        assertThat(json).contains("\"name\": \"account\"");
        assertThat(json).contains("{\"name\": \"login\", \"type\": \"VARCHAR(255)\", \"nullable\": false}");
        assertThat(json).contains("\"references\": \"com.example.Account\"");
    }

    @Test
    void defaultsReachTheTableAndTheDdlAsWritten() throws Exception {
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .withOptions("-Atablesmith.quotedNameWarnings=false")
                .compile(SnapshotCheckTest.account("@Column(defaultValue = \"lower('X')\") String code;",
                        "@Column(defaultValue = \"'it''s; -- fine'\") String note;",
                        "@Column(defaultValue = \"-1\") int score;"));
        assertThat(compilation).succeeded();
        for (SQLDialect dialect : SchemaRenderer.DIALECTS) {
            String ddl = resource(compilation, SchemaFiles.ddlResource(dialect));
            for (String written : List.of("lower('X')", "'it''s; -- fine'", "-1")) {
                // SQLite's DDL puts each default in parentheses.
                assertThat(ddl).containsMatch("default (" + Pattern.quote(written) + "|\\(" + Pattern.quote(written)
                        + "\\))[,)]");
            }
        }
        ModelTable<?> table = (ModelTable<?>) new CompiledClasses(compilation).loadClass("com.example.AccountTable")
                .getField("ACCOUNT").get(null);
        assertThat(SchemaDdl.render(SQLDialect.POSTGRES, List.of(table))).contains("default lower('X')");
    }
}

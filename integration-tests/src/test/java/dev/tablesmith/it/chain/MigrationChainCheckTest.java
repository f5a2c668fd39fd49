package dev.tablesmith.it.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.BindConfig;
import dev.tablesmith.it.AllDatabases;
import dev.tablesmith.it.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check run from a build, as a program in a JVM of its own ({@code dev.tablesmith.test.MigrationChainCheck}),
 * with the models discovered on its class path as an application's would be: it exits with 0 when the chain
 * reproduces the models, and with 1 and a report naming the migration to look at when it does not.
 */
class MigrationChainCheckTest {
    @TempDir
    static Path work;
    static EvolvingModels models;

    @TempDir
    Path broken;

    @BeforeAll
    static void compileTheVersions() throws IOException {
        models = EvolvingModels.compile(work);
    }

    @AfterAll
    static void dropLeftovers() throws SQLException {
        ChainTargets.dropLeftovers();
    }

    @AllDatabases
    void theProgramPassesTheCommittedChain(TestDatabase target) throws Exception {
        Result result = run(models.migrations(), target);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("reproduces the models"), result::toString);
    }

    @AllDatabases
    void theProgramFailsABrokenChainNamingTheMigration(TestDatabase target) throws Exception {
        models.copyTo(broken);
        Path v3;
        try (Stream<Path> files = Files.list(broken.resolve(target.key()))) {
            v3 = files.filter(f -> f.getFileName().toString().startsWith("V3__")).findFirst().orElseThrow();
        }
        // V3 loses its statement (the index) and keeps its comments
        Files.writeString(v3, Files.readString(v3).lines().filter(line -> line.startsWith("--"))
                .collect(Collectors.joining("\n")) + "\n");

        Result result = run(broken, target);
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("has no index") || result.err().contains("create index"), result::toString);
        assertTrue(result.err().contains("look at " + v3.getFileName()), result::toString);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path migrations, TestDatabase target) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath(), "dev.tablesmith.test.MigrationChainCheck", "--clean-first",
                migrations.toString(), database(target)));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the check did not finish within 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The database argument: {@code h2}, {@code sqlite}, or the server's URL with its login. */
    private static String database(TestDatabase target) {
        return switch (target) {
            case H2 -> "h2";
            case SQLITE -> "sqlite";
            case POSTGRES, MARIADB -> {
                BindConfig server = target.bindConfig();
                boolean noPassword = server.password() == null || server.password().isEmpty();
                String login = "user=" + server.user() + (noPassword ? "" : "&password=" + server.password());
                yield server.url() + (server.url().contains("?") ? "&" : "?") + login;
            }
        };
    }

    /**
     * This JVM's class path without the integration tests' own models, plus the evolved models' classes: the
     * program sees the models an application built from the last version would.
     */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).normalize();
            if (!path.endsWith(Path.of("target", "classes")) && !path.endsWith(Path.of("target", "test-classes"))
                    || !path.toString().contains("integration-tests")) {
                entries.add(entry);
            }
        }
        entries.add(models.classes().toString());
        return String.join(File.pathSeparator, entries);
    }
}

package dev.tablesmith.exampleweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tablesmith.Database;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's {@code curl} session against the service on the embedded default, as a reader would, and
 * compares every answer with the one printed there (but for the creation times).
 */
class ReadmeCurlTest {
    private static final String MARKER = "<!-- curl-session:";

    @Test
    void theReadmeCurlSessionAnswersAsPrinted() throws Exception {
        Assumptions.assumeTrue(curlRuns(), "curl is not installed");
        List<String> lines = session();
        try (Database db = Database.inMemory()) {
            db.createAll();
            Javalin app = Javalin.create(config -> {
                TodoApp.configure(config, db);
                config.jetty.host = "127.0.0.1";
                config.jetty.port = 0;
            }).start();
            try {
                String command = null;
                List<String> expected = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("$ ")) {
                        check(command, expected, app.port());
                        command = line.substring(2);
                        expected = new ArrayList<>();
                    } else {
                        expected.add(line);
                    }
                }
                check(command, expected, app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static void check(String command, List<String> expected, int port) throws Exception {
        if (command == null) {
            return;
        }
        String actual = run(command.replace("localhost:7070", "127.0.0.1:" + port));
        assertEquals(masked(String.join("\n", expected)), masked(actual.strip()), command);
    }

    /** The lines of the README's fenced block after the marker. */
    private static List<String> session() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).startsWith(MARKER)) {
                start = i + 2; // the marker, then the opening fence
                break;
            }
        }
        assertFalse(start < 0, "the README has no " + MARKER + " block");
        List<String> lines = new ArrayList<>();
        for (int i = start; !readme.get(i).startsWith("```"); i++) {
            lines.add(readme.get(i));
        }
        return lines;
    }

    private static String masked(String text) {
        return text.replaceAll("\"created\":\"[^\"]*\"", "\"created\":\"…\"");
    }

    private static String run(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        builder.environment().put("NO_PROXY", "*"); // the service is on the loopback interface, never behind a proxy
        builder.environment().put("no_proxy", "*");
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static boolean curlRuns() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

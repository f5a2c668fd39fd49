package dev.tablesmith.newproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first hour, automated: the README's files, verbatim, make a new Maven project that builds and runs
 * with the commands the README gives.
 */
class ReadmeProjectIT {
    private static NewProject project;

    @BeforeAll
    static void newProjectFromTheReadme() throws Exception {
        project = NewProject.fromReadme("todo", "file");
    }

    @Test
    void theReadmeDescribesACompleteProject() {
        assertTrue(project.files.keySet().containsAll(List.of("pom.xml", "src/main/java/com/example/User.java",
                "src/main/java/com/example/App.java", "src/test/java/com/example/UserTest.java")),
                project.files.keySet().toString());
    }

    @Test
    void itsTestsRunAndPass() throws Exception {
        NewProject.Result result = project.maven("test");
        assertEquals(0, result.exit(), result.output());
        Path report = project.directory.resolve("target/surefire-reports/TEST-com.example.UserTest.xml");
        assertTrue(Files.exists(report), "surefire ran the tests: " + result.output());
        Matcher tests = Pattern.compile("tests=\"(\\d+)\"").matcher(Files.readString(report));
        assertTrue(tests.find() && Integer.parseInt(tests.group(1)) >= 2, Files.readString(report));
        assertFalse(result.output().contains("No SLF4J providers"), "an SLF4J provider is on the class path: "
                + result.output());
    }

    @Test
    void itsMainClassRunsWithTheReadmesCommand() throws Exception {
        NewProject.Result result = project.maven("-q", "compile", "exec:java");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("ada has 2 open todos: [try it, write the tour]"), result.output());
        assertTrue(result.output().contains("[OpenCount[username=ada, open=2]]"), "the tour's @Queries interface "
                + "runs: " + result.output());
    }
}

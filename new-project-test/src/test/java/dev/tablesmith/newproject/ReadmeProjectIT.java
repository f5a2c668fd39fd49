package dev.tablesmith.newproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first hour, automated: every file the README marks with {@code <!-- file: path -->} is written,
 * verbatim, into a new Maven project, which is then built with the commands the README gives, against the
 * Tablesmith artifacts of this build (installed into a private local repository, as {@code mvn install} from a
 * checkout would). Third-party artifacts come from the build's own local repository, read as a remote one.
 */
class ReadmeProjectIT {
    private static final Pattern FILE = Pattern.compile("<!-- file: ([^ ]+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final long BUILD_MINUTES = 5;

    private static Path root;
    private static Path project;
    private static Path repository;
    private static Path settings;
    private static Map<String, String> files;

    @BeforeAll
    static void newProjectFromTheReadme() throws IOException {
        root = Paths.get(System.getProperty("tablesmith.root")).toAbsolutePath().normalize();
        Path work = root.resolve("new-project-test/target/new-project");
        deleteRecursively(work);
        project = work.resolve("todo");
        repository = work.resolve("repository");
        files = readmeFiles(Files.readString(root.resolve("README.md")));
        for (var file : files.entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue() + "\n");
        }
        install(System.getProperty("tablesmith.version"));
        settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(Paths.get(System.getProperty("host.repository"))));
    }

    @Test
    void theReadmeDescribesACompleteProject() {
        assertTrue(files.keySet().containsAll(List.of("pom.xml", "src/main/java/com/example/User.java",
                "src/main/java/com/example/App.java", "src/test/java/com/example/UserTest.java")), files.keySet()
                .toString());
    }

    @Test
    void itsTestsRunAndPass() throws Exception {
        Result result = maven("test");
        assertEquals(0, result.exit(), result.output());
        Path report = project.resolve("target/surefire-reports/TEST-com.example.UserTest.xml");
        assertTrue(Files.exists(report), "surefire ran the tests: " + result.output());
        Matcher tests = Pattern.compile("tests=\"(\\d+)\"").matcher(Files.readString(report));
        assertTrue(tests.find() && Integer.parseInt(tests.group(1)) >= 2, Files.readString(report));
        assertTrue(!result.output().contains("No SLF4J providers"), "an SLF4J provider is on the class path: "
                + result.output());
    }

    @Test
    void itsMainClassRunsWithTheReadmesCommand() throws Exception {
        Result result = maven("-q", "compile", "exec:java");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("ada has 2 open todos: [try it, write the tour]"), result.output());
    }

    /** The files the README marks, by path, in order. */
    static Map<String, String> readmeFiles(String readme) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = FILE.matcher(readme);
        while (matcher.find()) {
            if (found.put(matcher.group(1), matcher.group(2)) != null) {
                throw new IllegalStateException("The README marks " + matcher.group(1) + " twice");
            }
        }
        return found;
    }

    /**
     * Puts this build's Tablesmith artifacts into the private repository in Maven's layout, as
     * {@code mvn install} would: the parent POM, and each module's POM and jar.
     */
    private static void install(String version) throws IOException {
        copy(root.resolve("pom.xml"), "tablesmith-parent", version, "pom");
        for (String[] module : new String[][] {{"runtime", "tablesmith-runtime"},
                {"processor", "tablesmith-processor"}, {"test", "tablesmith-test"}}) {
            copy(root.resolve(module[0]).resolve("pom.xml"), module[1], version, "pom");
            Path jar = root.resolve(module[0]).resolve("target").resolve(module[1] + "-" + version + ".jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run this test with mvn verify, which packages "
                        + "the modules first");
            }
            copy(jar, module[1], version, "jar");
        }
    }

    private static void copy(Path from, String artifact, String version, String extension) throws IOException {
        Path directory = repository.resolve("dev/tablesmith").resolve(artifact).resolve(version);
        Files.createDirectories(directory);
        Files.copy(from, directory.resolve(artifact + "-" + version + "." + extension),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static String settings(Path host) {
        String repo = "<id>host</id><url>" + host.toUri() + "</url>"
                + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        return "<settings><profiles><profile><id>host</id>"
                + "<repositories><repository>" + repo + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repo + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>host</activeProfile></activeProfiles>"
                + "</settings>\n";
    }

    private record Result(int exit, String output) {
    }

    /** Runs Maven in the new project with the README's arguments, bounded in time. */
    private static Result maven(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString());
        command.add("-B");
        command.add("-s");
        command.add(settings.toString());
        command.add("-Dmaven.repo.local=" + repository);
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(project.getParent(), "maven", ".log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in " + BUILD_MINUTES
                    + " minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

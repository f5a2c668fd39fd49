package dev.tablesmith.newproject;

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

/**
 * A new Maven project made of files the README marks with {@code <!-- file: path -->} (and, for its variants, other
 * markers such as {@code modular-file}), written verbatim, or of a project kept under this module's test resources,
 * and built against the Tablesmith artifacts of this build,
 * installed into a private local repository as {@code mvn install} from a checkout would. Third-party artifacts come
 * from the build's own local repository, read as a remote one.
 */
final class NewProject {
    private static final long BUILD_MINUTES = 5;

    final Path root;
    final Path directory;
    final Map<String, String> files;
    private final Path repository;
    private final Path settings;

    private NewProject(Path root, Path directory, Map<String, String> files, Path repository, Path settings) {
        this.root = root;
        this.directory = directory;
        this.files = files;
        this.repository = repository;
        this.settings = settings;
    }

    /** The modules the README's projects use: their artifact ids by folder. */
    private static final String[][] CORE = {{"runtime", "tablesmith-runtime"}, {"processor", "tablesmith-processor"},
            {"test", "tablesmith-test"}};
    /** What a Spring Boot application uses besides the runtime and the processor. */
    private static final String[][] SPRING_BOOT = {{"runtime", "tablesmith-runtime"},
            {"processor", "tablesmith-processor"}, {"servlet", "tablesmith-servlet"},
            {"spring-boot", "tablesmith-spring-boot"}};

    /** A project in {@code name} of the README's files marked with any of {@code markers}, later ones winning. */
    static NewProject fromReadme(String name, String... markers) throws IOException {
        Path root = root();
        String readme = Files.readString(root.resolve("README.md"));
        Map<String, String> files = new LinkedHashMap<>();
        for (String marker : markers) {
            files.putAll(readmeFiles(readme, marker));
        }
        return create(root, name, files, CORE);
    }

    /**
     * A Spring Boot project in {@code name}, copied from {@code new-project-test/src/test/resources/<source>}, with
     * tablesmith-spring-boot and what it needs in the private repository.
     */
    static NewProject springBoot(String name, String source) throws IOException {
        Path root = root();
        Path from = root.resolve("new-project-test/src/test/resources").resolve(source);
        Map<String, String> files = new LinkedHashMap<>();
        try (var walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(from.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
                        Files.readString(file).stripTrailing());
            }
        }
        return create(root, name, files, SPRING_BOOT);
    }

    private static Path root() {
        return Paths.get(System.getProperty("tablesmith.root")).toAbsolutePath().normalize();
    }

    private static NewProject create(Path root, String name, Map<String, String> files, String[][] modules)
            throws IOException {
        Path work = root.resolve("new-project-test/target/new-project");
        Path directory = work.resolve(name);
        deleteRecursively(directory);
        for (var file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue() + "\n");
        }
        Path repository = work.resolve("repository");
        install(root, repository, System.getProperty("tablesmith.version"), modules);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, settings(Paths.get(System.getProperty("host.repository"))));
        return new NewProject(root, directory, files, repository, settings);
    }

    /** The files the README marks with {@code marker}, by path, in order. */
    static Map<String, String> readmeFiles(String readme, String marker) {
        Pattern file = Pattern.compile("<!-- " + marker + ": ([^ ]+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = file.matcher(readme);
        while (matcher.find()) {
            if (found.put(matcher.group(1), matcher.group(2)) != null) {
                throw new IllegalStateException("The README marks " + matcher.group(1) + " twice");
            }
        }
        return found;
    }

    record Result(int exit, String output) {
    }

    /** Runs Maven in the project with {@code arguments}, bounded in time. */
    Result maven(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString());
        command.add("-B");
        command.add("-s");
        command.add(settings.toString());
        command.add("-Dmaven.repo.local=" + repository);
        command.addAll(List.of(arguments));
        return run(command);
    }

    /** Runs the JDK's {@code java} launcher in the project with {@code arguments}, bounded in time. */
    Result java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return run(command);
    }

    /**
     * Starts the JDK's {@code java} launcher in the project with {@code arguments}, its output going to a log, for a
     * program that runs until it is stopped: a server.
     */
    Started start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(directory.getParent(), "server", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Started(process, log);
    }

    /** A program started by {@link #start}; closing it stops it. */
    record Started(Process process, Path log) implements AutoCloseable {
        /** The first match of {@code pattern} in the output, waiting for it at most {@code seconds}. */
        Matcher await(Pattern pattern, int seconds) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                Matcher matcher = pattern.matcher(output());
                if (matcher.find()) {
                    return matcher;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the program exited with " + process.exitValue() + " before printing "
                            + pattern + ": " + output());
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no " + pattern + " within " + seconds + " s: " + output());
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(directory.getParent(), "run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + BUILD_MINUTES
                    + " minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * Puts this build's Tablesmith artifacts into the private repository in Maven's layout, as
     * {@code mvn install} would: the parent POM, and each module's POM and jar.
     */
    private static void install(Path root, Path repository, String version, String[][] modules)
            throws IOException {
        copy(root.resolve("pom.xml"), repository, "tablesmith-parent", version, "pom");
        for (String[] module : modules) {
            copy(root.resolve(module[0]).resolve("pom.xml"), repository, module[1], version, "pom");
            Path jar = root.resolve(module[0]).resolve("target").resolve(module[1] + "-" + version + ".jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run this test with mvn verify, which packages "
                        + "the modules first");
            }
            copy(jar, repository, module[1], version, "jar");
        }
    }

    private static void copy(Path from, Path repository, String artifact, String version, String extension)
            throws IOException {
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

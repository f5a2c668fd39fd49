package dev.tablesmith.newproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An application on {@code spring-boot-starter-parent} 4.0.7, as Spring Initializr makes one, with
 * tablesmith-spring-boot. Boot's parent manages jOOQ 3.19, older than Tablesmith's: the build fails with one error
 * that gives the one-line fix, and with that line added it builds, its {@code @TablesmithRollback} test passes, and
 * its executable jar, started with {@code java -jar}, builds the {@code Database} while the embedded Tomcat starts
 * (the request filter's dependency), under Boot's class loaders, and answers HTTP requests that use DAOs; so does
 * the application run from {@code target/classes} under devtools' restart class loader.
 */
class SpringBootProjectIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anApplicationOnBootsParentNeedsOneLineAndThenWorksAsAnExecutableJar() throws Exception {
        NewProject project = NewProject.springBoot("spring-boot", "spring-boot-project");
        String jooq = System.getProperty("tablesmith.jooq.version");
        String fix = "<jooq.version>" + jooq + "</jooq.version>";

        NewProject.Result refused = project.maven("-q", "compile");
        assertNotEquals(0, refused.exit(), refused.output());
        Matcher firstError = Pattern.compile("COMPILATION ERROR : \\n\\[ERROR\\] (.*)").matcher(refused.output());
        assertTrue(firstError.find(), refused.output());
        assertTrue(firstError.group(1).startsWith("[TablesmithJooqVersion] This compilation has jOOQ 3.19."),
                refused.output());
        assertTrue(firstError.group(1).contains("add " + fix + " to the <properties> of your pom.xml"),
                refused.output());
        assertFalse(refused.output().contains("generated-sources"), "no errors in generated code: "
                + refused.output());

        Path pom = project.directory.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<!-- jooq.version -->", fix));
        NewProject.Result built = project.maven("-q", "package", "dependency:build-classpath",
                "-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=runtime");
        assertEquals(0, built.exit(), built.output());
        String report = Files.readString(project.directory.resolve(
                "target/surefire-reports/TEST-com.example.visitors.VisitorsControllerTest.xml"));
        assertTrue(report.contains("tests=\"2\"") && report.contains("failures=\"0\"")
                && report.contains("errors=\"0\""), report);

        try (NewProject.Started app = project.start("-jar", "target/visitors-1.0-SNAPSHOT.jar",
                "--server.address=127.0.0.1", "--server.port=0")) {
            String base = baseUri(app);
            assertTrue(app.output().contains("Database built: while Tomcat starts=true, context class loader="
                    + "org.springframework.boot.tomcat.TomcatEmbeddedWebappClassLoader, models loaded by="
                    + "org.springframework.boot.loader.launch.LaunchedClassLoader"), app.output());
            HttpResponse<String> arrived = send(HttpRequest.newBuilder(URI.create(base + "/visitors?name=ada"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, arrived.statusCode(), arrived.body());
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(arrived.body());
            assertTrue(id.find(), arrived.body());
            HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(base + "/visitors/" + id.group(1))));
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("\"name\":\"ada\""), found.body());
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/visitors/424242"))).statusCode());
            assertEquals("[\"ada\"]", send(HttpRequest.newBuilder(URI.create(base + "/visitors?per_page=5"))).body());
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/visitors?page=2"))).statusCode());
        }

        // From target/classes with devtools, as in development: the application runs in devtools' restart loader.
        String classPath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(project.directory.resolve("classpath.txt")).strip();
        try (NewProject.Started app = project.start("-cp", classPath, "com.example.visitors.VisitorsApp",
                "--server.address=127.0.0.1", "--server.port=0", "--spring.devtools.livereload.enabled=false")) {
            String base = baseUri(app);
            assertTrue(app.output().contains("Database built: while Tomcat starts=true, context class loader="
                    + "org.springframework.boot.tomcat.TomcatEmbeddedWebappClassLoader, models loaded by="
                    + "org.springframework.boot.devtools.restart.classloader.RestartClassLoader"), app.output());
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/visitors?name=grace"))
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
            assertEquals("[\"grace\"]", send(HttpRequest.newBuilder(URI.create(base + "/visitors"))).body());
        }
    }

    private static String baseUri(NewProject.Started app) throws Exception {
        return "http://127.0.0.1:" + app.await(Pattern.compile("Tomcat started on port (\\d+)"), 300).group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

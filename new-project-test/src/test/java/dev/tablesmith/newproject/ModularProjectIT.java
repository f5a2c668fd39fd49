package dev.tablesmith.newproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The README's project with its {@code module-info.java}, run on the module path: the runtime's module exports what
 * generated code needs, and models declared with {@code provides} are found by {@code createAll()}.
 */
class ModularProjectIT {

    @Test
    void theProjectRunsOnTheModulePath() throws Exception {
        NewProject project = NewProject.fromReadme("todo-modular", "file", "modular-file");
        assertTrue(project.files.containsKey("src/main/java/module-info.java"), project.files.keySet().toString());
        NewProject.Result compiled = project.maven("-q", "compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=modules.txt", "-Dmdep.includeScope=runtime");
        assertEquals(0, compiled.exit(), compiled.output());
        String modulePath = "target/classes" + java.io.File.pathSeparator
                + Files.readString(project.directory.resolve("modules.txt")).strip();
        NewProject.Result run = project.java("--module-path", modulePath, "--module", "com.example.todo/com.example.App");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("ada has 2 open todos: [try it, write the tour]"), run.output());
    }
}

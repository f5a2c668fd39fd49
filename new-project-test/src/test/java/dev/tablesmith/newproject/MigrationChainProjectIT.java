package dev.tablesmith.newproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's project with the schema folder turned on as its schema section says, and the README's
 * {@code MigrationChainTest}: the first snapshot's baseline alone reproduces the models, and the test proves it.
 */
class MigrationChainProjectIT {
    private static final String SCHEMA_DIR = "<arg>-Atablesmith.schemaDir=${project.basedir}/src/main/schema</arg>";

    @Test
    void theReadmesChainTestPassesOnTheBaselineTheFirstSnapshotWrote() throws Exception {
        NewProject project = NewProject.fromReadme("todo-chain", "file", "chain-file");
        assertTrue(project.files.containsKey("src/test/java/com/example/MigrationChainTest.java"),
                project.files.keySet().toString());
        Path pom = project.directory.resolve("pom.xml");
        String readmePom = Files.readString(pom);

        // "build once with -Atablesmith.schemaUpdate=true": writes the snapshot and the baseline
        Files.writeString(pom, withCompilerArgs(readmePom, SCHEMA_DIR + "<arg>-Atablesmith.schemaUpdate=true</arg>"));
        NewProject.Result accepted = project.maven("-q", "compile");
        assertEquals(0, accepted.exit(), accepted.output());
        assertTrue(Files.exists(project.directory.resolve("src/main/schema/migrations/h2/V1__baseline.sql")),
                accepted.output());

        Files.writeString(pom, withCompilerArgs(readmePom, SCHEMA_DIR));
        NewProject.Result tested = project.maven("test", "-Dtest=MigrationChainTest");
        assertEquals(0, tested.exit(), tested.output());
        String report = Files.readString(project.directory.resolve(
                "target/surefire-reports/TEST-com.example.MigrationChainTest.xml"));
        assertTrue(report.contains("tests=\"1\"") && report.contains("failures=\"0\""), report);
    }

    private static String withCompilerArgs(String pom, String args) {
        String anchor = "<annotationProcessorPaths>";
        assertTrue(pom.contains(anchor), "the README's pom configures the processor");
        return pom.replace(anchor, "<compilerArgs>" + args + "</compilerArgs>\n          " + anchor);
    }
}

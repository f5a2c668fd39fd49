package dev.tablesmith.benchmarks;

import dev.tablesmith.processor.TablesmithProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor costs a build: one javac run over {@code models} generated model classes
 * <ul>
 *   <li>{@code withProcessor}: with the Tablesmith processor, which also compiles the tables and DAOs it generates;</li>
 *   <li>{@code withoutProcessor}: the same models alone ({@code -proc:none}), the baseline;</li>
 *   <li>{@code processorOnly}: the processor's own work ({@code -proc:only}): reading, checking and writing, and javac
 *       entering what it wrote, without compiling it;</li>
 *   <li>{@code tablesFloor}: the models plus, per model, the least a generated table can be: an empty subclass of
 *       {@code ModelTable}. A generated {@code XTable} must be a jOOQ table, and javac checks every subclass against
 *       jOOQ's whole {@code Table} hierarchy, so this is what the generated code costs at the very least.</li>
 * </ul>
 * With one model the difference to the baseline is the processor's fixed cost. In the default (warm) mode the
 * processor's classes and javac are already loaded and compiled by the JIT, as in a build daemon; {@code -f 10 -wi 0
 * -i 1} measures the first compilation of fresh JVMs instead, as a command-line build pays it.
 *
 * <pre>
 * mvn verify -pl benchmarks -am -Pbuild-cost -DskipTests
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ProcessorShareBenchmark {
    private static final String[] TYPES = {"String", "long", "Integer", "java.math.BigDecimal", "java.time.Instant",
        "boolean", "java.util.UUID", "java.time.LocalDate", "Double", "byte[]"};

    @Param({"1", "100", "500"})
    public int models;

    private Path sources;
    private List<Path> sourceFiles;
    /** The models and one empty {@code ModelTable} subclass per model: see {@link #tablesFloor()}. */
    private List<Path> floorFiles;
    private Path output;

    @Setup(Level.Trial)
    public void writeModels() throws IOException {
        sources = Files.createTempDirectory("tablesmith-models");
        sourceFiles = new ArrayList<>();
        Path dir = Files.createDirectories(sources.resolve("bench/models"));
        for (int m = 0; m < models; m++) {
            StringBuilder source = new StringBuilder("package bench.models;\n\nimport dev.tablesmith.*;\n\n@Model\n")
                    .append("public class Model").append(m).append(" {\n    @Id Long id;\n");
            for (int f = 0; f < 8; f++) {
                String type = TYPES[(m + f) % TYPES.length];
                String annotation = f == 0 && type.equals("String") ? "@Column(unique = true) " : "";
                source.append("    ").append(annotation).append(type).append(" field").append(f).append(";\n");
            }
            if (m > 0 && m % 5 == 0) {
                source.append("    @References(Model").append(m - 1).append(".class) Long previous;\n");
            }
            Path file = dir.resolve("Model" + m + ".java");
            Files.writeString(file, source.append("}\n"));
            sourceFiles.add(file);
        }
        floorFiles = new ArrayList<>(sourceFiles);
        Path floor = Files.createDirectories(sources.resolve("bench/floor"));
        for (int m = 0; m < models; m++) {
            Path file = floor.resolve("Model" + m + "Table.java");
            Files.writeString(file, "package bench.floor;\n\npublic final class Model" + m
                    + "Table extends dev.tablesmith.ModelTable<bench.models.Model" + m + "> {\n    Model" + m
                    + "Table() {\n        super(\"model" + m + "\", bench.models.Model" + m + ".class, \"\");\n    }\n}\n");
            floorFiles.add(file);
        }
    }

    @Setup(Level.Invocation)
    public void freshOutput() throws IOException {
        output = Files.createTempDirectory("tablesmith-classes");
    }

    @TearDown(Level.Invocation)
    public void deleteOutput() {
        delete(output);
    }

    @TearDown(Level.Trial)
    public void deleteModels() {
        delete(sources);
    }

    @Benchmark
    public boolean withProcessor() throws IOException {
        return compile(sourceFiles, "-proc:full");
    }

    @Benchmark
    public boolean withoutProcessor() throws IOException {
        return compile(sourceFiles, "-proc:none");
    }

    @Benchmark
    public boolean processorOnly() throws IOException {
        return compile(sourceFiles, "-proc:only");
    }

    @Benchmark
    public boolean tablesFloor() throws IOException {
        return compile(floorFiles, "-proc:none");
    }

    private boolean compile(List<Path> sourceFiles, String processing) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sourceFiles);
            List<String> options = List.of("-d", output.toString(), "-s", output.toString(), "-cp",
                    System.getProperty("java.class.path"), "-Atablesmith.quotedNameWarnings=false", processing);
            JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null, units);
            if (!processing.equals("-proc:none")) {
                task.setProcessors(TablesmithProcessor.processors());
            }
            if (!task.call()) {
                throw new IllegalStateException("the generated models did not compile");
            }
            return true;
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

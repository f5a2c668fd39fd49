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
 * The processor's share of compile time: one javac run over {@code models} generated model classes, with the
 * Tablesmith processor (which also compiles the tables and DAOs it generates) and without it ({@code -proc:none}).
 * The share is {@code (withProcessor - withoutProcessor) / withProcessor}.
 *
 * <pre>
 * java -cp &lt;benchmarks class path&gt; org.openjdk.jmh.Main ProcessorShareBenchmark
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

    @Param("500")
    public int models;

    private Path sources;
    private List<Path> sourceFiles;
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
        return compile(true);
    }

    @Benchmark
    public boolean withoutProcessor() throws IOException {
        return compile(false);
    }

    private boolean compile(boolean process) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sourceFiles);
            List<String> options = List.of("-d", output.toString(), "-cp", System.getProperty("java.class.path"),
                    "-Atablesmith.quotedNameWarnings=false", process ? "-proc:full" : "-proc:none");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null, units);
            if (process) {
                task.setProcessors(List.of(new TablesmithProcessor()));
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

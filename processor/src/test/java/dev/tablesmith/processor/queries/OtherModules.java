package dev.tablesmith.processor.queries;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.tablesmith.processor.TablesmithProcessor;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compiles sources as separate modules do: each through the real processor, into a folder of its own that later
 * compilations get on their class path, as Maven gives a module its dependencies' jars or class folders.
 */
final class OtherModules {
    private OtherModules() {
    }

    /** Compiles {@code sources} with the processor, with {@code classPath} before the test's own class path. */
    static Compilation compile(List<Path> classPath, JavaFileObject... sources) {
        List<File> files = new ArrayList<>();
        classPath.forEach(p -> files.add(p.toFile()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            files.add(new File(entry));
        }
        return javac().withProcessors(TablesmithProcessor.processors()).withClasspath(files)
                .withOptions("-Atablesmith.quotedNameWarnings=false", "-Xlint:all", "-Werror")
                .compile(sources);
    }

    /**
     * Compiles {@code sources} as a module of their own, which must succeed, and writes its class output (classes
     * and resources, the table index among them) to {@code into}.
     */
    static Path module(Path into, List<Path> classPath, JavaFileObject... sources) {
        Compilation compilation = compile(classPath, sources);
        assertThat(compilation).succeeded();
        return write(compilation, into);
    }

    /**
     * Packs the class folder {@code folder} into the jar {@code jar}: javac searches a jar otherwise than a folder (only
     * through directories named like identifiers), so a module is tested both ways.
     */
    static Path jar(Path folder, Path jar) {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean directory = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Writes the class output of {@code compilation} to {@code into}, laid out as a class folder. */
    static Path write(Compilation compilation, Path into) {
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf("/CLASS_OUTPUT/");
            if (at < 0) {
                continue;
            }
            Path target = into.resolve(path.substring(at + "/CLASS_OUTPUT/".length()));
            try (InputStream in = file.openInputStream()) {
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            } catch (FileNotFoundException e) {
                // Compile-Testing lists a file the processor only asked the Filer about (to tell its own output from
                // another module's) and never wrote; javac's own file manager creates nothing for that.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return into;
    }
}

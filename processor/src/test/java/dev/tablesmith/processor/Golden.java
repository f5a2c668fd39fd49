package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaFileObject;

/**
 * Compares generated sources with golden files under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dtablesmith.updateGolden=true} to rewrite the golden files from the current output (then review the diff).
 */
final class Golden {
    private Golden() {
    }

    /** Asserts that the compilation generated {@code qualifiedName} exactly as in the golden file {@code name}. */
    static void assertGenerated(Compilation compilation, String qualifiedName, String name) {
        String actual = generated(compilation, qualifiedName);
        Path file = Path.of(System.getProperty("tablesmith.goldenDir", "src/test/resources/golden"), name);
        try {
            if (Boolean.getBoolean("tablesmith.updateGolden")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertWithMessage("generated %s differs from golden file %s (rerun with -Dtablesmith.updateGolden=true "
                    + "to accept the new output)", qualifiedName, file).that(actual).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a generated source file. */
    static String generated(Compilation compilation, String qualifiedName) {
        Optional<JavaFileObject> source = compilation.generatedSourceFile(qualifiedName);
        assertWithMessage("%s was not generated", qualifiedName).that(source.isPresent()).isTrue();
        try {
            return source.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

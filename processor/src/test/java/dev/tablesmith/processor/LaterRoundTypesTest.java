package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A model that mentions a type another processor generates waits for the round in which it exists, instead of
 * being read with the type missing.
 */
class LaterRoundTypesTest {
    /** Generates the model {@code com.example.Owner} in the first round, as a processor of another library might. */
    static final class OwnerGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("com.example.Owner").openWriter()) {
                    writer.write("package com.example;\n@dev.tablesmith.Model public class Owner {\n"
                            + "    @dev.tablesmith.Id Long id;\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void aReferenceToAModelGeneratedInALaterRoundBecomesAForeignKey() throws IOException {
        JavaFileObject pet = JavaFileObjects.forSourceLines("com.example.Pet", "package com.example;",
                "import dev.tablesmith.*;", "@Model public class Pet {", "    @Id Long id;",
                "    @References(Owner.class) Long owner;", "}");
        // The generator first: Tablesmith claims its annotations, and javac calls a "*" processor only for the rest.
        Compilation compilation = javac()
                .withProcessors(new OwnerGenerator(), new TablesmithProcessor(), new TablesmithSourcesProcessor())
                .withOptions("-Atablesmith.quotedNameWarnings=false").compile(pet);
        assertThat(compilation).succeeded();
        assertThat(Golden.generated(compilation, "com.example.PetTable")).contains("OwnerTable.OWNER");
        var schema = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tablesmith/schema.json");
        assertThat(schema.isPresent()).isTrue();
        assertThat(new String(schema.get().openInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"references\": \"com.example.Owner\"");
    }

    @Test
    void queriesNamingTheTableOfAModelThatWaitsForALaterRoundWaitWithIt() {
        JavaFileObject pet = JavaFileObjects.forSourceLines("com.example.Pet", "package com.example;",
                "import dev.tablesmith.*;", "@Model public class Pet {", "    @Id Long id;",
                "    @References(Owner.class) Long owner;", "}");
        JavaFileObject queries = JavaFileObjects.forSourceLines("com.example.PetQueries", "package com.example;",
                "import dev.tablesmith.*;", "import java.util.List;", "@Queries public interface PetQueries {",
                "    @Query(\"select * from pet where owner in (select id from owner) order by id\")",
                "    List<Pet> withOwners();", "}");
        Compilation compilation = javac()
                .withProcessors(new OwnerGenerator(), new TablesmithProcessor(), new TablesmithSourcesProcessor())
                .withOptions("-Atablesmith.quotedNameWarnings=false").compile(pet, queries);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Golden.generated(compilation, "com.example.PetQueriesImpl")).contains("from \\\"owner\\\"");
    }
}

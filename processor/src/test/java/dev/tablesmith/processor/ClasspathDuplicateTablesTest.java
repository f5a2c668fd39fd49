package dev.tablesmith.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tablesmith.ConfigurationException;
import dev.tablesmith.Database;
import dev.tablesmith.ModelTable;
import dev.tablesmith.processor.property.CompiledClasses;
import org.junit.jupiter.api.Test;

/**
 * Two models compiled separately (say, in two jars) that map the same table cannot be caught by one javac run; the
 * runtime refuses them when the database is built, naming both models.
 */
class ClasspathDuplicateTablesTest {

    private static ModelTable<?> compileTable(String pkg, String declaration) throws Exception {
        Compilation compilation = javac().withProcessors(TablesmithProcessor.processors())
                .compile(JavaFileObjects.forSourceLines(pkg + ".Member", "package " + pkg + ";",
                        "import dev.tablesmith.*;", declaration));
        assertThat(compilation).succeeded();
        return (ModelTable<?>) new CompiledClasses(compilation).loadClass(pkg + ".MemberTable").getField("MEMBER")
                .get(null);
    }

    @Test
    void twoModelsOfOneTableFromDifferentCompilationsAreRefusedAtBuild() throws Exception {
        ModelTable<?> first = compileTable("one", "@Model public class Member { @Id Long id; }");
        ModelTable<?> second = compileTable("two", "@Model public record Member(@Id Long id, String name) {}");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Database.builder().inMemory().models(first, second).build().close());
        assertTrue(e.getMessage().contains("one.Member") && e.getMessage().contains("two.Member")
                && e.getMessage().contains("\"member\""), e.getMessage());
    }
}

package dev.tablesmith.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue keeps its promises: stable, distinct ids, and a test that reports each message. */
class MessageCatalogueTest {
    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void idsAreDistinctAndNamespaced() {
        Set<String> ids = new HashSet<>();
        for (Message message : Message.values()) {
            assertThat(message.id()).matches("Tablesmith[A-Z][A-Za-z]+");
            assertWithMessage("id %s is used twice", message.id()).that(ids.add(message.id())).isTrue();
        }
    }

    @Test
    void everyMessageHasATest() throws IOException {
        Set<String> quoted = new HashSet<>();
        Pattern reference = Pattern.compile("Message\\.([A-Z_]+)\\b");
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                if (file.getFileName().toString().equals("MessageCatalogueTest.java")) {
                    continue;
                }
                Matcher matcher = reference.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    quoted.add(matcher.group(1));
                }
            }
        }
        for (Message message : Message.values()) {
            assertWithMessage("no test reports Message.%s", message.name()).that(quoted).contains(message.name());
        }
    }
}

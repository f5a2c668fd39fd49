package dev.tablesmith.processor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -A} options, read and checked once, when javac starts the processor. A value Tablesmith
 * does not understand, or an option of its namespace it does not have, is an error rather than the default: a
 * mistyped {@code -Atablesmith.schemaCheck=wran} must not quietly keep failing builds, nor a mistyped
 * {@code -Atablesmith.schemadir} quietly turn the schema check off.
 *
 * @param quotedNameWarnings whether a table or column named by a reserved word gets a warning
 * @param schemaDir          the folder of the committed schema snapshot, which turns the drift check on
 * @param schemaCheck        what a drifted or missing snapshot is
 * @param schemaUpdate       whether the models' schema is accepted as the new snapshot
 */
record ProcessorOptions(boolean quotedNameWarnings, Optional<Path> schemaDir, SchemaCheck schemaCheck,
        boolean schemaUpdate) {
    static final String QUOTED_NAME_WARNINGS = "tablesmith.quotedNameWarnings";
    static final String SCHEMA_DIR = "tablesmith.schemaDir";
    static final String SCHEMA_CHECK = "tablesmith.schemaCheck";
    static final String SCHEMA_UPDATE = "tablesmith.schemaUpdate";
    /** Every option, sorted. */
    static final Set<String> NAMES = new TreeSet<>(List.of(QUOTED_NAME_WARNINGS, SCHEMA_DIR, SCHEMA_CHECK,
            SCHEMA_UPDATE));
    private static final String NAMESPACE = "tablesmith.";

    /** What a schema snapshot that drifted from the models, or is missing, fails. */
    enum SchemaCheck {
        /** The build (the default). */
        ERROR,
        /** Nothing: it is a warning. */
        WARN
    }

    /** The options as javac received them; every problem is reported, and its option keeps its default. */
    static ProcessorOptions parse(Map<String, String> given, ErrorReporter errors) {
        for (String name : new TreeSet<>(given.keySet())) {
            if (name.startsWith(NAMESPACE) && !NAMES.contains(name)) {
                String known = NAMES.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
                        .map(n -> "write -A" + n + " (option names are case-sensitive)")
                        .orElse("Tablesmith's options are " + String.join(", ", NAMES));
                errors.error(Message.UNKNOWN_OPTION, name, known);
            }
        }
        Parser parser = new Parser(given, errors);
        return new ProcessorOptions(
                parser.bool(QUOTED_NAME_WARNINGS, true),
                parser.path(SCHEMA_DIR),
                parser.choice(SCHEMA_CHECK, SchemaCheck.class, SchemaCheck.ERROR),
                parser.bool(SCHEMA_UPDATE, false));
    }

    private record Parser(Map<String, String> given, ErrorReporter errors) {
        boolean bool(String name, boolean byDefault) {
            if (!given.containsKey(name)) {
                return byDefault;
            }
            String value = given.get(name);
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.parseBoolean(value);
            }
            invalid(name, "-A" + name + "=true or -A" + name + "=false");
            return byDefault;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type, E byDefault) {
            if (!given.containsKey(name)) {
                return byDefault;
            }
            String value = given.get(name);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            List<String> choices = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> "-A" + name + "=" + c.name().toLowerCase(Locale.ROOT)).toList();
            invalid(name, String.join(" or ", choices));
            return byDefault;
        }

        /** A folder; given blank, none (a build may pass an empty property to turn the check off). */
        Optional<Path> path(String name) {
            String value = given.get(name);
            if (value == null && given.containsKey(name)) {
                invalid(name, "-A" + name + "=<folder>");
                return Optional.empty();
            }
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Path.of(value));
            } catch (InvalidPathException e) {
                invalid(name, "-A" + name + "=<folder> with a path this system can use (" + e.getReason() + ")");
                return Optional.empty();
            }
        }

        private void invalid(String name, String fix) {
            String value = given.get(name);
            errors.error(Message.INVALID_OPTION, name, value == null ? "no value" : "the value \"" + value + "\"",
                    fix);
        }
    }
}

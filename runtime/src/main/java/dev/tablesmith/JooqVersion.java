package dev.tablesmith;

import java.security.CodeSource;

/**
 * Refuses to start on a jOOQ older than the one Tablesmith is built with. Frameworks manage jOOQ's version for the
 * application (Spring Boot 4.0's parent sets 3.19), and on an older jOOQ the runtime and the generated tables fail
 * later, and far from the cause, with a {@code NoSuchMethodError}; this says at start-up what to change instead.
 */
final class JooqVersion {
    /** The jOOQ this runtime was compiled with: the constant is inlined here at compile time. */
    static final String BUILT_WITH = org.jooq.Constants.VERSION;

    private JooqVersion() {
    }

    /**
     * Checks the jOOQ on the class path.
     *
     * @throws ConfigurationException when it is older than {@link #BUILT_WITH}'s major.minor version
     */
    static void require() {
        String found;
        try {
            // Read at run time: the field is a constant, which javac would otherwise inline as BUILT_WITH.
            found = (String) org.jooq.Constants.class.getField("VERSION").get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return; // a jOOQ without the field is not one this check knows how to judge
        }
        check(found, where());
    }

    /** Fails, naming {@code location}, when {@code found} is older than {@link #BUILT_WITH}'s minor version. */
    static void check(String found, String location) {
        if (olderMinor(found, BUILT_WITH)) {
            throw new ConfigurationException(message(found, location));
        }
    }

    /** The advice for a class path with jOOQ {@code found}; the processor gives the same at compile time. */
    static String message(String found, String location) {
        String minor = BUILT_WITH.replaceFirst("^(\\d+\\.\\d+).*", "$1");
        return "Tablesmith needs jOOQ " + minor + " or newer (it is built with " + BUILT_WITH + "), but the class "
                + "path has jOOQ " + found + (location == null ? "" : " (" + location + ")") + ". A build whose "
                + "dependency management picks jOOQ's version, such as Spring Boot's parent (4.0 manages 3.19), must "
                + "choose Tablesmith's: add <jooq.version>" + BUILT_WITH + "</jooq.version> to the <properties> of "
                + "the application's pom.xml (with Gradle's dependency management plugin: ext['jooq.version'] = '"
                + BUILT_WITH + "')";
    }

    /** Whether {@code version}'s major.minor is below {@code required}'s; unreadable versions pass. */
    static boolean olderMinor(String version, String required) {
        int[] found = majorMinor(version);
        int[] needed = majorMinor(required);
        if (found == null || needed == null) {
            return false;
        }
        return found[0] != needed[0] ? found[0] < needed[0] : found[1] < needed[1];
    }

    private static int[] majorMinor(String version) {
        String[] parts = version.split("[.-]");
        if (parts.length < 2) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String where() {
        try {
            CodeSource source = org.jooq.Constants.class.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : source.getLocation().toString();
        } catch (SecurityException e) {
            return null;
        }
    }
}

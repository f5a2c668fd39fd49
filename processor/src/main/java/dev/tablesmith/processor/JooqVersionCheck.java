package dev.tablesmith.processor;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Stops the compilation, with the one-line fix, when its class path has a jOOQ older than the one Tablesmith is
 * built with. The generated tables call that jOOQ's API, so on an older one (Spring Boot 4.0's parent manages 3.19)
 * they would fail with "cannot find symbol" errors in generated code that say nothing of the cause. The version is
 * the constant {@code org.jooq.Constants.VERSION} of the compilation's class path, read through {@code Elements},
 * which never loads a class; the processor's own jOOQ may differ.
 */
final class JooqVersionCheck {
    static final String ID = "TablesmithJooqVersion";
    /** The jOOQ the processor was compiled with, inlined at compile time. */
    static final String BUILT_WITH = org.jooq.Constants.VERSION;

    private Boolean passed;

    /**
     * Whether the compilation may go on; the first call checks and reports, later ones (later rounds) repeat the
     * answer.
     */
    boolean passes(ProcessingEnvironment env) {
        if (passed == null) {
            String found = classPathVersion(env);
            passed = found == null || !olderMinor(found, BUILT_WITH);
            if (!passed) {
                env.getMessager().printMessage(Diagnostic.Kind.ERROR, message(found));
            }
        }
        return passed;
    }

    /** The compilation's jOOQ version, or null when jOOQ is not on its class path or has no readable constant. */
    static String classPathVersion(ProcessingEnvironment env) {
        TypeElement constants = env.getElementUtils().getTypeElement("org.jooq.Constants");
        if (constants == null) {
            return null;
        }
        for (Element member : constants.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals("VERSION")
                    && ((VariableElement) member).getConstantValue() instanceof String version) {
                return version;
            }
        }
        return null;
    }

    static String message(String found) {
        String minor = BUILT_WITH.replaceFirst("^(\\d+\\.\\d+).*", "$1");
        return "[" + ID + "] This compilation has jOOQ " + found + " on its class path, but Tablesmith's generated "
                + "code needs jOOQ " + minor + " or newer (Tablesmith is built with " + BUILT_WITH + "). A build "
                + "whose dependency management picks jOOQ's version, such as Spring Boot's parent (4.0 manages 3.19), "
                + "must choose Tablesmith's: add <jooq.version>" + BUILT_WITH + "</jooq.version> to the <properties> "
                + "of your pom.xml (with Gradle's dependency management plugin: ext['jooq.version'] = '" + BUILT_WITH
                + "'). Until then nothing is generated, so uses of the generated XTable and XDao classes do not "
                + "resolve either";
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
}

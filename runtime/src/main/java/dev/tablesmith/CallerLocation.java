package dev.tablesmith;

import java.util.List;
import java.util.Set;

/**
 * Finds the application code that ran a query: the first stack frame outside Tablesmith's runtime, jOOQ, the JDK
 * and the generated DAOs and tables, as Flask-SQLAlchemy's recorded-query {@code location} does.
 */
final class CallerLocation {
    static final String UNKNOWN = "<unknown>";
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    /** Tablesmith's own runtime packages; other {@code dev.tablesmith.*} packages (examples, tests) are users. */
    private static final Set<String> RUNTIME_PACKAGES = Set.of("dev.tablesmith", "dev.tablesmith.generated",
            "dev.tablesmith.internal");
    private static final List<String> LIBRARY_PREFIXES = List.of("org.jooq.", "java.", "javax.", "jdk.", "sun.",
            "com.zaxxer.", "org.h2.", "org.postgresql.", "org.mariadb.", "org.sqlite.");

    private CallerLocation() {
    }

    static String find() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !isLibrary(frame.getDeclaringClass()))
                .findFirst()
                .map(frame -> frame.getFileName() + ":" + frame.getLineNumber() + " (" + frame.getMethodName() + ")")
                .orElse(UNKNOWN));
    }

    /** Where the runtime's classes were loaded from: a class of its packages loaded elsewhere is a user's. */
    private static final java.security.CodeSource RUNTIME = CallerLocation.class.getProtectionDomain().getCodeSource();

    private static boolean isLibrary(Class<?> type) {
        if (AbstractDao.class.isAssignableFrom(type) || ModelTable.class.isAssignableFrom(type)
                || (RUNTIME_PACKAGES.contains(type.getPackageName())
                        && java.util.Objects.equals(type.getProtectionDomain().getCodeSource(), RUNTIME))) {
            return true;
        }
        String name = type.getName();
        for (String prefix : LIBRARY_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

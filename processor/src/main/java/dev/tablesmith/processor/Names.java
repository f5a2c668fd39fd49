package dev.tablesmith.processor;

import com.palantir.javapoet.ClassName;
import dev.tablesmith.Model;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Rules for names: what an explicit SQL name may be, which prefixes and lengths no name may have, how derived
 * constraint and index names are formed and cut, and the names of the generated classes and their members. The
 * reading stage resolves every name through these once, onto the model records.
 */
final class Names {
    /** PostgreSQL's limit (NAMEDATALEN - 1); it silently truncates longer names, which can make two names equal. */
    static final int MAX_BYTES = 63;

    private Names() {
    }

    /** Reports an explicit name that is blank or contains characters no database quotes reliably. */
    static void checkExplicit(ErrorReporter errors, Element element, String what, String name) {
        if (name.isEmpty()) {
            return; // not given: derived
        }
        String problem = null;
        if (name.isBlank()) {
            problem = "it is blank";
        } else if (!name.strip().equals(name)) {
            problem = "it starts or ends with white space";
        } else if (name.chars().anyMatch(c -> c == '"' || c == '`' || c == '\'' || Character.isISOControl(c))) {
            problem = "it contains a quote, a backtick or a control character";
        }
        if (problem != null) {
            errors.error(element, Message.INVALID_NAME, what, name, problem);
        }
    }

    /**
     * Reports a table or index name that starts with a prefix a database keeps for itself, case-insensitively:
     * PostgreSQL looks names up in its system catalog {@code pg_catalog} before the table's own schema, so a table
     * {@code pg_user} is created but every statement that names it without the schema reaches the catalog's view;
     * SQLite refuses to create any object whose name starts with {@code sqlite_}.
     */
    static void checkPrefix(ErrorReporter errors, Element element, AnnotationMirror annotation, String what,
            String name, String fix) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pg_")) {
            errors.error(element, annotation, Message.RESERVED_PREFIX, what, name, name.substring(0, 3),
                    "PostgreSQL names its system catalogs so and looks names up in pg_catalog first, so SQL that "
                            + "does not name the schema reaches pg_catalog." + name + " instead of this "
                            + what.toLowerCase(Locale.ROOT) + " whenever the catalog has an object of that name, "
                            + "now or in a later PostgreSQL",
                    fix);
        } else if (lower.startsWith("sqlite_")) {
            errors.error(element, annotation, Message.RESERVED_PREFIX, what, name, name.substring(0, 7),
                    "SQLite keeps this prefix for its own objects and refuses to create one", fix);
        }
    }

    /** Reports a name longer than {@link #MAX_BYTES} bytes in UTF-8. */
    static void checkLength(ErrorReporter errors, Element element, String what, String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            errors.error(element, Message.NAME_TOO_LONG, what, name, bytes);
        }
    }

    /** The table a model class maps to: {@code @Model(table = ...)}, else its simple name in snake_case. */
    static String table(TypeElement model) {
        String table = model.getAnnotation(Model.class).table();
        return table.isEmpty() ? SnakeCase.of(model.getSimpleName().toString()) : table;
    }

    /** The name of the unique constraint of a {@code @Column(unique = true)}. */
    static String uniqueKey(String table, String column) {
        return derived(table + "_" + column + "_key");
    }

    /** The name of the foreign key of a {@code @References} column. */
    static String foreignKey(String table, String column) {
        return derived(table + "_" + column + "_fkey");
    }

    /** The name of an index that does not name itself: {@code @Column(index = true)}, or {@code @Index} alone. */
    static String index(String table, List<String> columns, boolean unique) {
        return derived(table + "_" + String.join("_", columns) + (unique ? "_key" : "_idx"));
    }

    /** The generated table class of a model: the top-level {@code XTable} in the model's package. */
    static ClassName tableClass(ClassName model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Table");
    }

    /** The generated DAO class of a model: the top-level {@code XDao} in the model's package. */
    static ClassName daoClass(ClassName model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Dao");
    }

    /** The table class's nested service provider. */
    static ClassName providerClass(ClassName tableClass) {
        return tableClass.nestedClass("Provider");
    }

    /** The name of a table's constant in its table class: the table name's identifier-safe upper case. */
    static String tableConstant(String table) {
        return javaIdentifier(table.toUpperCase(Locale.ROOT));
    }

    /** The name a column's field in its table class asks for: its name in upper case, identifier-safe. */
    static String columnField(String column) {
        return javaIdentifier(SnakeCase.constant(column));
    }

    /**
     * {@code name} with every character that cannot appear in a Java identifier replaced by '_', and a '_' appended
     * when that leaves a keyword: a table named {@code _} or {@code -} would otherwise give the constant {@code _},
     * which Java reserves.
     */
    static String javaIdentifier(String name) {
        StringBuilder identifier = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            identifier.append(i == 0 ? (Character.isJavaIdentifierStart(c) ? c : '_')
                    : (Character.isJavaIdentifierPart(c) ? c : '_'));
        }
        return SourceVersion.isKeyword(identifier) ? identifier.append('_').toString() : identifier.toString();
    }

    /**
     * A derived constraint or index name, shortened deterministically (prefix plus a hash of the whole) when it
     * would exceed {@link #MAX_BYTES}, so that distinct long names stay distinct.
     */
    static String derived(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(name), 0, 4);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String next = prefix.toString() + name.charAt(i);
            if (next.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - hash.length() - 1) {
                break;
            }
            prefix.append(name.charAt(i));
        }
        return prefix + "_" + hash;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

package dev.tablesmith.processor;

import java.util.Optional;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Checks a {@code @Column(defaultValue = ...)}. The text goes as written into the DDL that {@code createAll()} runs
 * and into the proposed migrations, on every supported database, so it must be exactly one SQL expression there —
 * not a way to end the {@code CREATE TABLE} and run statements of its own.
 *
 * <p>jOOQ's parser decides whether the text is one expression. It does not read text the way every database does,
 * though: it drops comments that MariaDB ends elsewhere or runs ({@code /*!...}), reads {@code q'[...]'} and
 * {@code //} comments that PostgreSQL does not, and takes a backslash in a string literally where MariaDB escapes
 * the next quote with it. So the text is first read the way all supported databases agree on — strings in single
 * quotes, a doubled quote inside one — and refused when anything outside the strings is read differently by some
 * of them, or could end the statement.
 */
final class DefaultValues {
    static {
        // The processor runs jOOQ inside javac; its banner and tips would print in every build.
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }

    /** Unknown functions (SQLite's {@code datetime('now')}, a user's own) are the database's to know. */
    private static final Settings SETTINGS = new Settings().withParseUnknownFunctions(ParseUnknownFunctions.IGNORE);

    private DefaultValues() {
    }

    /** Why {@code text} is not usable as a column default, to follow "it"; empty when it is usable. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("is blank (leave defaultValue out for no default)");
        }
        Optional<String> lexical = lexicalProblem(text);
        if (lexical.isPresent()) {
            return lexical;
        }
        try {
            DSL.using(SQLDialect.DEFAULT, SETTINGS).parser().parseField(text);
            return Optional.empty();
        } catch (DataAccessException e) {
            return Optional.of("is not one SQL expression (jOOQ's parser: " + e.getMessage() + ")");
        }
    }

    private static Optional<String> lexicalProblem(String text) {
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\\') {
                return Optional.of("contains a backslash, which MariaDB and MySQL read as an escape in strings and "
                        + "the other databases do not");
            }
            if (inString) {
                if (c == '\'' && next == '\'') {
                    i++;
                } else if (c == '\'') {
                    inString = false;
                }
                continue;
            }
            String problem = switch (c) {
                case '\'' -> {
                    inString = true;
                    yield isQuotePrefix(text, i) ? "uses q'...' quoting, which jOOQ's parser reads as one string "
                            + "but the supported databases do not" : null;
                }
                case '-' -> next == '-' ? comment() : null;
                case '/' -> next == '*' || next == '/' ? comment() : null;
                case '#' -> comment();
                case '"', '`', '[', ']' -> "quotes a name with \", ` or [ ], which the databases do not all read as a "
                        + "name (MariaDB and MySQL read \"...\" as a string)";
                case '$' -> "contains $, which starts a dollar-quoted string or a parameter on PostgreSQL and H2";
                case '?' -> bindParameter();
                case ':' -> {
                    if (next == ':') {
                        i++; // PostgreSQL's cast, 'x'::text
                        yield null;
                    }
                    yield bindParameter();
                }
                case '{', '}' -> "contains { or }, which the JDBC driver or jOOQ would replace (escape sequences and "
                        + "template placeholders)";
                case ';' -> "contains ; outside a string, which ends the statement and starts another";
                default -> null;
            };
            if (problem != null) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** Whether the quote at {@code quote} follows a lone {@code q}: Oracle's {@code q'[...]'}. */
    private static boolean isQuotePrefix(String text, int quote) {
        return quote >= 1 && Character.toLowerCase(text.charAt(quote - 1)) == 'q'
                && (quote == 1 || !Character.isJavaIdentifierPart(text.charAt(quote - 2)));
    }

    private static String comment() {
        return "contains a comment (--, /*, // or #), which the databases do not all end in the same place, and "
                + "MariaDB runs the content of /*! ... */";
    }

    private static String bindParameter() {
        return "contains a bind parameter (? or :name), which a column default cannot have";
    }
}

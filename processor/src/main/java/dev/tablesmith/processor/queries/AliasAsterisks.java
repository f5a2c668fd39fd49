package dev.tablesmith.processor.queries;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.ParserException;
import org.jooq.impl.QOM;

/**
 * Writes out {@code t.*} where {@code t} is the alias of a joined table: jOOQ's parser, looking tables up in the
 * models, resolves a qualified asterisk on an alias only when the alias is the query's one table, and reports the
 * alias of a joined one as an unknown table ({@code select t.* from todo t join "user" u on …}). The alias is found
 * by parsing the query once without lookups; its asterisk becomes the table's columns, qualified as written, so the
 * query then parses with the lookups that check it.
 */
final class AliasAsterisks {
    /** A qualifier, unquoted or quoted as the parser takes it, then {@code .*}. */
    private static final Pattern QUALIFIED_ASTERISK = Pattern.compile(
            "(\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+]|[A-Za-z_][A-Za-z0-9_$]*)\\s*\\.\\s*\\*");

    private AliasAsterisks() {
    }

    /**
     * {@code sql} with the qualified asterisk at {@code at} written out as the columns of the table it stands for,
     * when its qualifier is the alias of a table in the query's {@code FROM} that {@code tables} knows; empty
     * otherwise, leaving the parser's error as it was.
     *
     * @param withoutLookups a parser configured as the checking one, but without meta lookups
     * @param tables         the table of a name, or null when there is none
     */
    static Optional<String> expand(String sql, int at, DSLContext withoutLookups,
            Function<String, Table<?>> tables) {
        if (at < 0 || at >= sql.length()) {
            return Optional.empty();
        }
        Matcher asterisk = QUALIFIED_ASTERISK.matcher(sql).region(at, sql.length());
        if (!asterisk.lookingAt() || !inOuterSelectList(sql, at)) {
            return Optional.empty();
        }
        String qualifier = asterisk.group(1);
        Query query;
        try {
            query = withoutLookups.parser().parseQuery(sql);
        } catch (ParserException e) {
            return Optional.empty();
        }
        if (!(query instanceof Select<?> select)) {
            return Optional.empty();
        }
        return aliased(select.$from(), name(qualifier)).filter(table -> !isCommonTableExpression(select, table)).map(table -> tables.apply(table.getName()))
                .map(table -> sql.substring(0, at) + table.fieldStream()
                        .map(field -> qualifier + ".\"" + field.getName().replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(", ")) + sql.substring(asterisk.end()));
    }

    /**
     * Whether {@code at} is in the select list of the query's outermost SELECT, the one whose FROM is searched for the
     * alias: outside parentheses (subqueries, the bodies of a WITH), and before any FROM, UNION, INTERSECT or EXCEPT
     * of that level. An asterisk anywhere else is left to the parser's error, so that an alias a subquery declares
     * again can never be taken for the outer one.
     */
    static boolean inOuterSelectList(String sql, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int close = sql.indexOf(c, i + 1);
                if (close < 0 || close >= at) {
                    return false; // the position is inside a literal or a quoted name
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !isNamePart(sql.charAt(i - 1)))) {
                int end = i;
                while (end < at && isNamePart(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end).toLowerCase(Locale.ROOT);
                if (word.equals("from") || word.equals("union") || word.equals("intersect")
                        || word.equals("except")) {
                    return false;
                }
                i = end - 1;
            }
        }
        return depth == 0;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Whether {@code table} names a common table expression of the query's WITH, which shadows a model's table. */
    private static boolean isCommonTableExpression(Select<?> select, Table<?> table) {
        return select.$with() != null && select.$with().$commonTableExpressions().stream()
                .anyMatch(cte -> cte.getName().equals(table.getName()));
    }

    /** The table that {@code alias} names in {@code from}, looking into joins. */
    private static Optional<Table<?>> aliased(Collection<? extends Table<?>> from, String alias) {
        for (Table<?> table : from) {
            if (table instanceof QOM.TableAlias<?> named && named.$alias().last().equals(alias)) {
                return Optional.of(named.$table());
            }
            if (table instanceof QOM.JoinTable<?, ?> join) {
                Optional<Table<?>> found = aliased(List.of(join.$table1(), join.$table2()), alias);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The name as the parser folds it: an unquoted one in lower case, a quoted one as written. */
    private static String name(String qualifier) {
        char first = qualifier.charAt(0);
        if (first == '"' || first == '`') {
            String quote = String.valueOf(first);
            return qualifier.substring(1, qualifier.length() - 1).replace(quote + quote, quote);
        }
        if (first == '[') {
            return qualifier.substring(1, qualifier.length() - 1);
        }
        return qualifier.toLowerCase(Locale.ROOT);
    }
}

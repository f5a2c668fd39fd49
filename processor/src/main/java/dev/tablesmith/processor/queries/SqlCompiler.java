package dev.tablesmith.processor.queries;

import dev.tablesmith.internal.Dialects;
import dev.tablesmith.processor.ErrorReporter;
import dev.tablesmith.processor.Message;
import dev.tablesmith.processor.model.ColumnDescriptor;
import dev.tablesmith.processor.model.ModelDescriptor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.VariableElement;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.RowCountQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.conf.ParseNameCase;
import org.jooq.conf.ParseWithMetaLookups;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;

/**
 * Checks one query method against the models of the compilation and of other modules ({@link QueryTables}) and
 * renders it for every supported dialect: parses a {@code @Query}'s SQL with jOOQ's parser resolving names against
 * the models' tables (or builds a {@code @Find}'s select), binds {@code :name} placeholders to parameters, matches result columns to the target's slots by name
 * and type, and renders. Every mismatch is an error on the method's annotation.
 */
final class SqlCompiler {
    static final List<SQLDialect> DIALECTS = List.of(SQLDialect.H2, SQLDialect.SQLITE, SQLDialect.POSTGRES,
            SQLDialect.MARIADB);
    static final String LIMIT = "tablesmith_limit";
    static final String OFFSET = "tablesmith_offset";

    /** Constructs jOOQ renders as written although a dialect lacks them, found in its rendering. */
    private static final List<Gap> GAPS = List.of(
            new Gap(SQLDialect.MARIADB, Pattern.compile("\\bfull (outer )?join\\b"), "it has no FULL JOIN"),
            new Gap(SQLDialect.SQLITE, Pattern.compile("\\bsimilar to\\b"), "it has no SIMILAR TO"),
            new Gap(SQLDialect.MARIADB, Pattern.compile("\\bsimilar to\\b"), "it has no SIMILAR TO"),
            new Gap(SQLDialect.H2, Pattern.compile("\\bsimilar to\\b"), "it has no SIMILAR TO"));

    private final ErrorReporter errors;
    private final QueryTables tables;
    private final DSLContext parser;
    /** The same parser without lookups: it only reads the query's structure ({@link AliasAsterisks}). */
    private final DSLContext structure;

    SqlCompiler(ErrorReporter errors, QueryTables tables) {
        this.errors = errors;
        this.tables = tables;
        this.parser = parser(ParseWithMetaLookups.THROW_ON_FAILURE);
        this.structure = parser(ParseWithMetaLookups.OFF);
        // Asked once per parse, so a table taken in from the class path resolves from the next parse on.
        parser.configuration().set(() -> parser.meta(tables.tables().values().toArray(Table<?>[]::new)));
    }

    /** A parser of the queries' SQL: named parameters with {@code :}, unquoted names folded to lower case. */
    private static DSLContext parser(ParseWithMetaLookups lookups) {
        return DSL.using(SQLDialect.DEFAULT, Dialects.settings().withParseWithMetaLookups(lookups)
                .withParseNameCase(ParseNameCase.LOWER_IF_UNQUOTED).withParseNamedParamPrefix(":"));
    }

    Optional<CompiledQuery> compile(QueryMethod method) {
        Optional<Query> parsed = method.isFind() ? find(method) : parse(method);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Query query = withoutAsterisk(parsed.get());
        if (!method.isFind() && !parametersMatch(method, query)) {
            return Optional.empty();
        }
        Optional<QueryMethod> shaped = shape(method, query);
        if (shaped.isEmpty()) {
            return Optional.empty();
        }
        // The query in one dialect, to find the models whose tables it names.
        String inH2 = Dialects.renderer(SQLDialect.H2).render(query);
        List<ModelDescriptor> named = named(inH2);
        Optional<QueryMethod> bound = new ParameterBindings(errors).settle(shaped.get(), query, named);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        method = bound.get();
        List<Integer> columns = List.of();
        if (query instanceof Select<?> select) {
            Optional<List<Integer>> matched = new ResultColumns(errors, method).match(select.getSelect());
            if (matched.isEmpty()) {
                return Optional.empty();
            }
            columns = matched.get();
        }
        Optional<ModelDescriptor> table = firstTable(method, inH2, named);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Query main = query;
        Map<SQLDialect, CompiledQuery.Rendering> count = Map.of();
        if (method.shape() == QueryMethod.Shape.PAGE) {
            Select<?> select = (Select<?>) query;
            if (select.$limit() != null || select.$offset() != null) {
                errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_RETURN,
                        method.describe(), method.element().getReturnType(), "sets its own LIMIT and OFFSET from the "
                                + "page parameters, so the query must not have them");
                return Optional.empty();
            }
            main = select.$limit(DSL.param(LIMIT, Long.class)).$offset(DSL.param(OFFSET, Long.class));
            Optional<Map<SQLDialect, CompiledQuery.Rendering>> counted = render(method,
                    DSL.selectCount().from(select.$orderBy(List.of()).asTable("tablesmith_counted")), List.of());
            if (counted.isEmpty()) {
                return Optional.empty();
            }
            count = counted.get();
        }
        CompiledQuery.Keyset keyset = null;
        List<String> extra = method.shape() == QueryMethod.Shape.PAGE ? List.of(LIMIT, OFFSET) : List.of();
        if (method.shape() == QueryMethod.Shape.CURSORED_PAGE) {
            Optional<KeysetCompiler.Keyset> compiled = new KeysetCompiler(errors, tables.models()).compile(method,
                    (Select<?>) query);
            if (compiled.isEmpty()) {
                return Optional.empty();
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < compiled.get().columns().size(); i++) {
                keys.add(KeysetCompiler.KEY + i);
            }
            keys.add(LIMIT);
            var after = render(method, compiled.get().after(), keys);
            var before = render(method, compiled.get().before(), keys);
            if (after.isEmpty() || before.isEmpty()) {
                return Optional.empty();
            }
            keyset = new CompiledQuery.Keyset(compiled.get().model(), after.get(), before.get(), compiled.get().columns(),
                    compiled.get().positions());
            main = compiled.get().first();
            extra = List.of(LIMIT);
        }
        Optional<Map<SQLDialect, CompiledQuery.Rendering>> rendered = render(method, main, extra);
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompiledQuery(method, table.get(), rendered.get(), Map.copyOf(count), columns,
                keyset));
    }

    /**
     * The parsed query. A table the models of the compilation do not map is looked up on the class path
     * ({@link QueryTables#adopt}); when another module maps it, the query is parsed again with its table known. An
     * asterisk on the alias of a joined table, which the parser cannot resolve, is written out as the table's
     * columns ({@link AliasAsterisks}) and the query parsed again.
     */
    private Optional<Query> parse(QueryMethod method) {
        Set<String> looked = new HashSet<>();
        String sql = method.sql();
        while (true) {
            try {
                return Optional.of(parser.parser().parseQuery(sql));
            } catch (ParserException e) {
                if (e.getMessage().startsWith("Unknown table identifier")) {
                    // The aliased table may be another module's, not taken in yet: the FROM comes after the asterisk.
                    QueryTables.Outcome[] adopted = {QueryTables.Outcome.FOUND};
                    Optional<String> expanded = AliasAsterisks.expand(sql, e.position(), structure, table -> {
                        if (!tables.tables().containsKey(table) && looked.add(table)) {
                            adopted[0] = tables.adopt(method.site(), table);
                        }
                        return tables.tables().get(table);
                    });
                    if (adopted[0] == QueryTables.Outcome.REPORTED) {
                        return Optional.empty();
                    }
                    if (expanded.isPresent()) {
                        sql = expanded.get(); // one asterisk fewer each time, so this ends
                        continue;
                    }
                    Optional<String> name = NameAt.of(sql, e.position()).filter(looked::add);
                    QueryTables.Outcome outcome = name.isEmpty() ? QueryTables.Outcome.ABSENT
                            : tables.adopt(method.site(), name.get());
                    if (outcome == QueryTables.Outcome.FOUND) {
                        continue;
                    }
                    if (outcome == QueryTables.Outcome.REPORTED) {
                        return Optional.empty();
                    }
                }
                reportParseError(method, e);
                return Optional.empty();
            }
        }
    }

    private void reportParseError(QueryMethod method, ParserException e) {
        String text = e.getMessage();
        if (text.startsWith("Unknown table identifier")) {
            errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_UNKNOWN_TABLE,
                    method.describe(), text, tables.tables().keySet());
        } else if (text.startsWith("Unknown field identifier")) {
            errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_UNKNOWN_COLUMN,
                    method.describe(), text);
        } else {
            errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_SYNTAX,
                    method.describe(), text);
        }
    }

    /**
     * The query with {@code *} written out as the columns it stands for, which the parser resolved from the models:
     * the row mapper reads columns by position, and a live table's columns may stand in another order than the
     * model's (a column added by a migration comes last).
     */
    private static Query withoutAsterisk(Query query) {
        if (query instanceof Select<?> select && select.$select().stream()
                .anyMatch(f -> f instanceof org.jooq.Asterisk || f instanceof org.jooq.QualifiedAsterisk)) {
            return select.$select(new ArrayList<>(select.getSelect()));
        }
        return query;
    }

    /** {@code select <the model's columns> from <its table> where <each parameter's column> = :parameter}. */
    private Optional<Query> find(QueryMethod method) {
        ResultTarget target = method.target();
        if (target == null || target.kind() != ResultTarget.Kind.MODEL) {
            errors.error(method.element(), method.annotation(), Message.QUERY_RETURN, method.describe(),
                    method.element().getReturnType(), "names no @Model, so @Find cannot tell which table to read");
            return Optional.empty();
        }
        ModelDescriptor model = target.model();
        Table<?> table = tables.tables().get(model.table());
        List<Condition> conditions = new ArrayList<>();
        boolean valid = true;
        List<? extends VariableElement> elements = method.element().getParameters();
        for (int i = 0; i < method.parameters().size(); i++) {
            QueryMethod.Parameter parameter = method.parameters().get(i);
            Optional<ColumnDescriptor> column = model.columns().stream()
                    .filter(c -> c.property().equals(parameter.name()) || c.name().equals(parameter.name()))
                    .findFirst();
            if (column.isEmpty()) {
                errors.error(elements.get(i), Message.FIND_UNKNOWN_COLUMN, parameter.name(), method.describe(),
                        model.modelClass().simpleName(), model.columns().stream().map(ColumnDescriptor::property)
                                .toList());
                valid = false;
            } else {
                // The table's own field, so that ParameterBindings sees which column the parameter meets.
                @SuppressWarnings("unchecked")
                Field<Object> field = (Field<Object>) table.field(column.get().name());
                conditions.add(field.eq(DSL.param(parameter.name())));
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<Field<?>> fields = new ArrayList<>();
        for (ColumnDescriptor column : model.columns()) {
            fields.add(table.field(column.name()));
        }
        return Optional.of(DSL.select(fields).from(table).where(conditions));
    }

    /** Every {@code :name} has a parameter and every parameter is used; names compare as the parser folds them. */
    private boolean parametersMatch(QueryMethod method, Query query) {
        Map<String, String> written = Placeholders.byLowerCase(method.sql());
        List<String> used = new ArrayList<>();
        for (Param<?> param : query.getParams().values()) {
            if (param.getParamName() != null && !param.isInline()) {
                used.add(param.getParamName().toLowerCase(Locale.ROOT));
            }
        }
        List<String> parameters = method.parameters().stream().map(QueryMethod.Parameter::name).toList();
        boolean valid = true;
        for (String name : used) {
            if (parameters.stream().noneMatch(p -> p.equalsIgnoreCase(name))) {
                errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_UNBOUND_NAME,
                        method.describe(), written.getOrDefault(name, name), parameters);
                valid = false;
            }
        }
        for (String parameter : parameters) {
            if (!used.contains(parameter.toLowerCase(Locale.ROOT))) {
                errors.error(method.element(), method.annotation(), method.sqlValue(),
                        Message.QUERY_UNUSED_PARAMETER, parameter, method.describe(), parameter);
                valid = false;
            }
        }
        return valid;
    }

    /** The method with its shape settled by what the statement returns: rows, or a row count. */
    private Optional<QueryMethod> shape(QueryMethod method, Query query) {
        boolean rows = query instanceof Select<?>;
        if (!rows && !(query instanceof RowCountQuery)) {
            errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_SYNTAX,
                    method.describe(), "it is neither a select nor an insert, update or delete");
            return Optional.empty();
        }
        if (method.shape() == QueryMethod.Shape.ROW_COUNT && rows) {
            if (method.target() == null) {
                errors.error(method.element(), method.annotation(), Message.QUERY_RETURN, method.describe(), "void",
                        "reads none of the rows the select returns");
                return Optional.empty();
            }
            return Optional.of(new QueryMethod(method.element(), method.annotation(), method.sqlValue(),
                    method.sql(), method.parameters(), QueryMethod.Shape.ONE, method.target()));
        }
        if (method.shape() != QueryMethod.Shape.ROW_COUNT && !rows) {
            errors.error(method.element(), method.annotation(), Message.QUERY_RETURN, method.describe(),
                    method.element().getReturnType(), "is not what an insert, update or delete returns (a row count)");
            return Optional.empty();
        }
        return Optional.of(method);
    }

    /** The models whose tables the query of rendering {@code sql} names. */
    private List<ModelDescriptor> named(String sql) {
        return tables.models().stream().filter(model -> sql.contains("\"" + model.table() + "\"")).toList();
    }

    /**
     * The first model whose table the query names: it decides the bind, and errors name it. A table of the
     * compilation that the class path maps too is reported: which of the two the query means is anyone's guess.
     */
    private Optional<ModelDescriptor> firstTable(QueryMethod method, String sql, List<ModelDescriptor> named) {
        ModelDescriptor first = null;
        int at = Integer.MAX_VALUE;
        java.util.Set<String> binds = new java.util.TreeSet<>();
        for (ModelDescriptor model : named) {
            int found = sql.indexOf("\"" + model.table() + "\"");
            binds.add(model.bind());
            if (found < at) {
                at = found;
                first = model;
            }
        }
        if (!tables.unique(method.site(), named)) {
            return Optional.empty();
        }
        if (first == null || binds.size() > 1) {
            errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_DIALECT,
                    method.describe(), "one database", first == null ? "it names no table of a model"
                            : "it names tables of different binds " + binds);
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /** The query per dialect; {@code extra} names the placeholders bound after the method's parameters. */
    private Optional<Map<SQLDialect, CompiledQuery.Rendering>> render(QueryMethod method, Query query,
            List<String> extra) {
        Map<SQLDialect, CompiledQuery.Rendering> rendered = new EnumMap<>(SQLDialect.class);
        List<String> names = new ArrayList<>();
        method.parameters().forEach(p -> names.add(p.name().toLowerCase(Locale.ROOT)));
        names.addAll(extra);
        boolean valid = true;
        for (SQLDialect dialect : DIALECTS) {
            Optional<CompiledQuery.Rendering> one = render(method, query, dialect, names);
            one.ifPresent(r -> rendered.put(dialect, r));
            valid &= one.isPresent();
        }
        return valid ? Optional.of(rendered) : Optional.empty();
    }

    private Optional<CompiledQuery.Rendering> render(QueryMethod method, Query query, SQLDialect dialect,
            List<String> names) {
        String sql;
        String named;
        try {
            DSLContext renderer = Dialects.renderer(dialect);
            sql = renderer.render(query);
            named = renderer.renderNamedParams(query);
        } catch (RuntimeException e) {
            return dialectError(method, dialect, String.valueOf(e.getMessage()));
        }
        if (Placeholders.severalStatements(sql)) {
            return dialectError(method, dialect, "jOOQ can only emulate it there with several statements: " + sql);
        }
        for (Gap gap : GAPS) {
            if (gap.dialect() == dialect && gap.pattern().matcher(sql.toLowerCase(Locale.ROOT)).find()) {
                return dialectError(method, dialect, gap.reason());
            }
        }
        List<String> order = Placeholders.names(named);
        List<int[]> positions = new ArrayList<>();
        for (String name : names) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).equalsIgnoreCase(name)) {
                    at.add(i + 1);
                }
            }
            positions.add(at.stream().mapToInt(Integer::intValue).toArray());
        }
        int bound = positions.stream().mapToInt(p -> p.length).sum();
        if (bound != order.size()) {
            return dialectError(method, dialect, "its rendering binds values Tablesmith cannot attribute to a "
                    + "parameter: " + named);
        }
        return Optional.of(new CompiledQuery.Rendering(sql, positions));
    }

    private Optional<CompiledQuery.Rendering> dialectError(QueryMethod method, SQLDialect dialect, String reason) {
        errors.error(method.element(), method.annotation(), method.sqlValue(), Message.QUERY_DIALECT,
                method.describe(), dialect.getName(), reason);
        return Optional.empty();
    }

    /** A construct {@code dialect} lacks, recognised in jOOQ's rendering for it. */
    private record Gap(SQLDialect dialect, Pattern pattern, String reason) {
    }
}

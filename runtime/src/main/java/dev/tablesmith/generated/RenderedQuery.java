package dev.tablesmith.generated;

import dev.tablesmith.ModelTable;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.SQLDialect;

/**
 * One hand-written query of a {@code @Queries} interface as the processor rendered it at compile time, once per
 * supported dialect: the SQL with {@code ?} placeholders, and for each method parameter the placeholder positions it
 * binds (a parameter used twice binds twice; dialects may order placeholders differently, as in {@code LIMIT ?
 * OFFSET ?} and {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}). Nothing is parsed or rendered at run time.
 *
 * <p>Public for generated code only; not API.
 */
public final class RenderedQuery {
    private final String name;
    private final ModelTable<?> table;
    private final Map<SQLDialect, Rendered> byDialect;

    private RenderedQuery(String name, ModelTable<?> table, Map<SQLDialect, Rendered> byDialect) {
        this.name = name;
        this.table = table;
        this.byDialect = byDialect;
    }

    /** Starts the query {@code name} (such as {@code TodoQueries.open}) on {@code table}'s database. */
    public static Builder builder(String name, ModelTable<?> table) {
        return new Builder(name, table);
    }

    /** How error messages and recorded queries name it, such as {@code TodoQueries.open}. */
    public String name() {
        return name;
    }

    /** The first table the query names: its bind is where the query runs, and errors name it. */
    public ModelTable<?> table() {
        return table;
    }

    /**
     * The SQL for {@code dialect}.
     *
     * @throws IllegalStateException for a dialect the query was not rendered for
     */
    public String sql(SQLDialect dialect) {
        return rendered(dialect).sql();
    }

    /** For each method parameter, in declaration order, the 1-based placeholder positions it binds in {@code dialect}. */
    public int[][] positions(SQLDialect dialect) {
        return rendered(dialect).positions();
    }

    private Rendered rendered(SQLDialect dialect) {
        Rendered rendered = byDialect.get(dialect.family());
        if (rendered == null) {
            throw new IllegalStateException("Query " + name + " was rendered at compile time for " + byDialect.keySet()
                    + ", not for " + dialect.family() + "; Tablesmith's hand-written queries run on these databases only");
        }
        return rendered;
    }

    /** The SQL and placeholder positions of one dialect. */
    private record Rendered(String sql, int[][] positions) {
    }

    /** Collects the renderings of one query, one dialect at a time. */
    public static final class Builder {
        private final String name;
        private final ModelTable<?> table;
        private final Map<SQLDialect, Rendered> byDialect = new EnumMap<>(SQLDialect.class);

        private Builder(String name, ModelTable<?> table) {
            this.name = name;
            this.table = table;
        }

        /** The query in {@code dialect}: its SQL and each parameter's placeholder positions. */
        public Builder sql(SQLDialect dialect, String sql, int[]... positions) {
            byDialect.put(dialect, new Rendered(sql, positions));
            return this;
        }

        public RenderedQuery build() {
            return new RenderedQuery(name, table, new EnumMap<>(byDialect));
        }
    }
}

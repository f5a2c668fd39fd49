package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.internal.Dialects;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.tools.Convert;

/**
 * Loads {@link Relation}s into entities already read: for each relation level, one {@code SELECT ... WHERE key IN
 * (...)} over the distinct keys of all the entities of the level above (a join with the join table for a
 * many-to-many relation), read by the related DAO's generated row mapper, then grouped by key and set through the
 * generated setter. Keys beyond what the driver binds in one statement are split into several statements of at
 * most {@link #maxKeys} keys.
 */
final class RelationLoader {
    private RelationLoader() {
    }

    /** The entities, with every relation (and its nested relations) filled: the same instances, or filled copies. */
    static <P> List<P> load(Database database, List<P> parents, List<? extends Relation<P, ?>> relations) {
        List<P> loaded = parents;
        for (Relation<P, ?> relation : relations) {
            loaded = loadOne(database, loaded, relation);
        }
        return loaded;
    }

    /**
     * The most keys one statement binds on {@code dialect}: below the driver's or the database's limit on bind
     * parameters (SQLite's is 999 before 3.32, PostgreSQL's protocol counts them in 16 bits, MariaDB's in 16 bits
     * unsigned), so large parent lists are split rather than refused.
     */
    static int maxKeys(SQLDialect dialect) {
        return switch (dialect.family()) {
            case SQLITE -> 999;
            case POSTGRES -> 32_767;
            case MARIADB, MYSQL -> 65_535;
            default -> 10_000;
        };
    }

    private static <P, C> List<P> loadOne(Database database, List<P> parents, Relation<P, C> relation) {
        Set<Object> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            Object key = relation.parentKey.apply(parent);
            if (key != null) {
                keys.add(normalized(key));
            }
        }
        AbstractDao<C, ?> dao = relation.target.apply(database);
        List<Object> rowKeys = new ArrayList<>();
        List<C> rows = keys.isEmpty() ? new ArrayList<>() : select(dao.queryTarget(), relation, keys, rowKeys);
        if (!relation.nested.isEmpty() && !rows.isEmpty()) {
            rows = load(database, rows, relation.nested);
        }
        Map<Object, List<C>> byKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            C row = rows.get(i);
            Object key = relation.kind == Relation.Kind.THROUGH ? rowKeys.get(i)
                    : normalized(relation.childKey.apply(row));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<P> filled = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Object key = relation.parentKey.apply(parent);
            List<C> related = key == null ? List.of() : byKey.getOrDefault(normalized(key), List.of());
            Object value = relation.kind == Relation.Kind.TO_ONE ? (related.isEmpty() ? null : related.get(0))
                    : List.copyOf(related);
            filled.add(relation.set.apply(parent, value));
        }
        return filled;
    }

    /** Reads the related rows of {@code keys}, in statements of at most {@link #maxKeys} keys. */
    private static <C> List<C> select(QueryTarget<C> target, Relation<?, C> relation, Set<Object> keys,
            List<Object> rowKeys) {
        Bind bind = target.bind();
        Session session = target.session();
        DSLContext renderer = Dialects.renderer(bind.dialect());
        int chunk = maxKeys(bind.dialect());
        List<Object> all = new ArrayList<>(keys);
        List<C> rows = new ArrayList<>();
        boolean claimed = session.enter();
        try {
            for (int from = 0; from < all.size(); from += chunk) {
                List<Object> part = all.subList(from, Math.min(all.size(), from + chunk));
                run(session, bind, renderer, target, relation, query(renderer, target, relation, part), part, rows,
                        rowKeys);
            }
            return rows;
        } catch (SQLException e) {
            throw target.translate(session, "Loading " + relation.name + " of", e);
        } finally {
            if (claimed) {
                session.exit();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ResultQuery<Record> query(DSLContext renderer, QueryTarget<?> target, Relation<?, ?> relation,
            List<Object> keys) {
        Field<Object> match = (Field<Object>) relation.match;
        if (relation.kind != Relation.Kind.THROUGH) {
            return renderer.select(target.table().fields()).from(target.table()).where(match.in(keys));
        }
        return renderer.select(target.table().fields()).select(match)
                .from(target.table())
                .join(relation.match.getTable())
                .on(((Field<Object>) relation.targetId).eq((Field<Object>) relation.joinToTarget))
                .where(match.in(keys));
    }

    private static <C> void run(Session session, Bind bind, DSLContext renderer, QueryTarget<C> target,
            Relation<?, C> relation, ResultQuery<Record> query, List<Object> keys, List<C> rows,
            List<Object> rowKeys) throws SQLException {
        String sql = renderer.render(query);
        JdbcTypes types = bind.types();
        int keyColumn = target.table().fields().length + 1;
        try (PreparedStatement ps = session.connectionFor(bind.name()).prepareStatement(sql)) {
            long started = session.startTimer();
            renderer.bindContext(ps).visit(query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(target.map(rs, types));
                    if (relation.kind == Relation.Kind.THROUGH) {
                        rowKeys.add(normalized(Convert.convert(rs.getObject(keyColumn), relation.match.getType())));
                    }
                }
            }
            if (session.observes()) {
                session.record(sql, new ArrayList<>(keys), started);
            }
        }
    }

    /** A key as a map key: integral numbers as {@code Long}, so an {@code int} id meets a {@code long} column. */
    private static Object normalized(Object key) {
        return key instanceof Integer || key instanceof Short || key instanceof Byte
                ? Long.valueOf(((Number) key).longValue()) : key;
    }
}

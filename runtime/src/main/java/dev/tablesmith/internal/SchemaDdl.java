package dev.tablesmith.internal;

import dev.tablesmith.ModelTable;

import dev.tablesmith.generated.JdbcTypes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Constraint;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;
import org.jooq.impl.SQLDataType;

/**
 * Builds the DDL of a set of model tables with jOOQ, from the tables' own metadata: {@code CREATE TABLE IF NOT
 * EXISTS} with the primary key, unique and foreign-key constraints inline, then {@code CREATE INDEX IF NOT EXISTS}.
 * Running it again is harmless, like Flask-SQLAlchemy's {@code create_all()}.
 *
 * <p>Shared by the runtime's {@code Database.createAll()} and the annotation processor, which renders the same DDL
 * at compile time. Internal: not part of the API, and not exported to applications.
 */
public final class SchemaDdl {
    private SchemaDdl() {
    }

    /** The statements that create {@code tables}, which must already be in foreign-key order. */
    public static List<Query> create(DSLContext dsl, List<ModelTable<?>> tables) {
        List<Query> queries = new ArrayList<>();
        for (ModelTable<?> table : tables) {
            queries.add(dsl.createTableIfNotExists(table).columns(columns(dsl.dialect(), table))
                    .constraints(constraints(table)));
        }
        for (ModelTable<?> table : tables) {
            for (Index index : table.getIndexes()) {
                var create = index.getUnique() ? dsl.createUniqueIndexIfNotExists(index.getUnqualifiedName())
                        : dsl.createIndexIfNotExists(index.getUnqualifiedName());
                queries.add(create.on(table, index.getFields()));
            }
        }
        return queries;
    }

    /** {@code tables} ordered so that every table comes after the tables it references, bind by bind. */
    public static List<ModelTable<?>> inForeignKeyOrder(List<ModelTable<?>> tables) {
        java.util.Map<String, List<ModelTable<?>>> byBind = new java.util.TreeMap<>();
        for (ModelTable<?> table : tables) {
            byBind.computeIfAbsent(table.bind(), b -> new ArrayList<>()).add(table);
        }
        List<ModelTable<?>> ordered = new ArrayList<>();
        byBind.forEach((bind, list) -> ordered.addAll(TableOrder.inForeignKeyOrder(bind, list)));
        return ordered;
    }

    /** The statements that drop {@code tables} (given in foreign-key order), referencing tables first. */
    public static List<Query> drop(DSLContext dsl, List<ModelTable<?>> tables) {
        List<Query> queries = new ArrayList<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            queries.add(dsl.dropTableIfExists(tables.get(i)));
        }
        return queries;
    }

    /** The DDL of {@code tables} as SQL text for {@code dialect}, one statement per line. */
    public static String render(SQLDialect dialect, List<ModelTable<?>> tables) {
        StringBuilder sql = new StringBuilder();
        DSLContext dsl = Dialects.renderer(dialect);
        for (Query query : create(dsl, tables)) {
            sql.append(dsl.render(query)).append(";\n");
        }
        return sql.toString();
    }

    /**
     * The table's columns as the dialect can store them. jOOQ's open-source edition has no zoned timestamp type for
     * MariaDB/MySQL and SQLite and renders {@code SQLDataType.INSTANT} there as an unknown type {@code instant};
     * those dialects get a {@code DATETIME} holding UTC instead, which is what {@code JdbcTypes} binds there.
     */
    private static List<Field<?>> columns(SQLDialect dialect, ModelTable<?> table) {
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            columns.add(column(dialect, field));
        }
        return columns;
    }

    /**
     * {@code field} as the DDL of {@code dialect} creates it: an {@code Instant} or {@code OffsetDateTime} may become
     * a UTC date-time, and a JSON column is {@code jsonb} only on PostgreSQL: MariaDB/MySQL's {@code json}, and
     * unbounded text on H2 and SQLite (jOOQ would make H2's a {@code json} that binds text as a JSON string, and
     * SQLite's a {@code blob}).
     */
    public static Field<?> column(SQLDialect dialect, Field<?> field) {
        if (JdbcTypes.storesInstantsAsUtcDateTime(dialect)
                && (field.getType() == Instant.class || field.getType() == OffsetDateTime.class)) {
            return DSL.field(field.getUnqualifiedName(), utcDateTime(field.getDataType()));
        }
        if (field.getDataType().getSQLDataType().getType() == JSONB.class) {
            return switch (dialect.family()) {
                case POSTGRES -> field;
                case MARIADB, MYSQL -> DSL.field(field.getUnqualifiedName(), like(SQLDataType.JSON, field));
                default -> DSL.field(field.getUnqualifiedName(), like(SQLDataType.VARCHAR, field));
            };
        }
        return field;
    }

    /** {@code type} with the nullability and default of {@code field}'s type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataType<?> like(DataType<?> type, Field<?> field) {
        DataType<?> like = type.nullable(field.getDataType().nullable());
        return field.getDataType().defaulted() ? like.defaultValue((Field) field.getDataType().defaultValue()) : like;
    }

    private static DataType<LocalDateTime> utcDateTime(DataType<?> instant) {
        DataType<LocalDateTime> type = instant.precisionDefined()
                ? SQLDataType.LOCALDATETIME(instant.precision()) : SQLDataType.LOCALDATETIME(6);
        return type.nullable(instant.nullable());
    }

    private static List<Constraint> constraints(ModelTable<?> table) {
        List<Constraint> constraints = new ArrayList<>();
        UniqueKey<Record> primaryKey = table.getPrimaryKey();
        if (primaryKey != null) {
            constraints.add(DSL.constraint(primaryKey.getUnqualifiedName()).primaryKey(primaryKey.getFieldsArray()));
        }
        for (UniqueKey<Record> unique : table.getUniqueKeys()) {
            constraints.add(DSL.constraint(unique.getUnqualifiedName()).unique(unique.getFieldsArray()));
        }
        for (ForeignKey<Record, ?> reference : table.getReferences()) {
            var constraint = DSL.constraint(reference.getUnqualifiedName())
                    .foreignKey(reference.getFieldsArray())
                    .references(reference.getKey().getTable(), reference.getKeyFieldsArray());
            constraints.add(onDelete(constraint, reference.getDeleteRule()));
        }
        return constraints;
    }

    /** {@code constraint} with {@code rule} as its ON DELETE clause; as it is for {@code null} or NO ACTION. */
    public static Constraint onDelete(org.jooq.ConstraintForeignKeyOnStep constraint, QOM.ForeignKeyRule rule) {
        if (rule == null) {
            return constraint;
        }
        return switch (rule) {
            case CASCADE -> constraint.onDeleteCascade();
            case SET_NULL -> constraint.onDeleteSetNull();
            case SET_DEFAULT -> constraint.onDeleteSetDefault();
            case RESTRICT -> constraint.onDeleteRestrict();
            case NO_ACTION -> constraint;
        };
    }
}

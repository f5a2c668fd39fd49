package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Index;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.QOM;
import org.jooq.impl.TableImpl;

/**
 * The jOOQ table of a {@link Model}, the base of every generated {@code XTable}. It is a real jOOQ table — any
 * jOOQ query can be written against it — that also knows its model class, its bind, its id and version columns,
 * and caches the SQL of the fixed DAO operations per dialect.
 *
 * <p>The class is deliberately not abstract. javac checks a class whose superclass is abstract and generic
 * against every abstract method it inherits, and jOOQ's {@code Table} hierarchy has hundreds: with an abstract
 * base, that check was about a sixth of the time javac spent on each generated table.
 *
 * @param <T> the model type
 */
public class ModelTable<T> extends TableImpl<Record> {
    private static final long serialVersionUID = 1L;

    private final transient Class<T> modelType;
    private final String bind;

    /**
     * @param name      the table name
     * @param modelType the model class
     * @param bind      the bind the table lives in; empty for the default database
     */
    protected ModelTable(String name, Class<T> modelType, String bind) {
        super(DSL.name(name));
        this.modelType = modelType;
        this.bind = bind;
    }

    /** The model class this table stores. */
    public final Class<T> modelType() {
        return modelType;
    }

    /** The name of the bind (database) the table lives in; empty for the default database. */
    public final String bind() {
        return bind;
    }

    /**
     * The primary-key column; of a composite key, its first column. Generated tables override this to return their
     * id field directly; this default reads it from {@link #getPrimaryKey()}.
     *
     * @throws IllegalStateException when the table has no primary key
     */
    public TableField<Record, ?> idField() {
        UniqueKey<Record> key = getPrimaryKey();
        if (key == null || key.getFields().isEmpty()) {
            throw new IllegalStateException("Table \"" + getName() + "\" has no primary key");
        }
        return key.getFields().get(0);
    }

    /**
     * The primary-key columns in declaration order: the one {@link #idField()}, or the columns of a composite key
     * (several {@link Id} fields), which generated tables override this to list.
     */
    public List<TableField<Record, ?>> idFields() {
        return List.of(idField());
    }

    /** The {@link Version} column, or {@code null} when the model has none. */
    public TableField<Record, ?> versionField() {
        return null;
    }

    /** Whether the database generates the id on insert. */
    final boolean generatedId() {
        return getIdentity() != null;
    }

    /** The columns an insert writes, in the order the generated binder binds them: all but a generated id. */
    final List<TableField<Record, ?>> insertFields() {
        List<TableField<Record, ?>> fields = new ArrayList<>();
        for (var field : fields()) {
            if (!(generatedId() && field.equals(idField()))) {
                fields.add(tableField(field));
            }
        }
        return fields;
    }

    /** The columns an update writes, in the order the generated binder binds them: all but the id. */
    final List<TableField<Record, ?>> updateFields() {
        List<TableField<Record, ?>> fields = new ArrayList<>();
        for (var field : fields()) {
            if (!idFields().contains(field)) {
                fields.add(tableField(field));
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static TableField<Record, ?> tableField(org.jooq.Field<?> field) {
        return (TableField<Record, ?>) field;
    }

    // Helpers for the generated subclasses: they keep generic arrays and jOOQ internals out of generated code.

    /**
     * A column of this table. Generated tables call this one method rather than jOOQ's many {@code createField}
     * overloads, which javac must resolve one by one: it keeps generated code cheap to compile.
     */
    protected final <V> TableField<Record, V> column(String name, org.jooq.DataType<V> type) {
        return createField(DSL.name(name), type, this);
    }

    /** The identity of a database-generated id column. */
    protected final <V> Identity<Record, V> identity(TableField<Record, V> field) {
        return Internal.createIdentity(this, field);
    }

    /** A primary key on one column, named {@code <table>_pkey}. */
    protected final UniqueKey<Record> primaryKey(TableField<Record, ?> field) {
        return uniqueKey(getName() + "_pkey", List.of(field));
    }

    /** A composite primary key over {@code fields}, named {@code <table>_pkey}. */
    protected final UniqueKey<Record> primaryKey(List<TableField<Record, ?>> fields) {
        return uniqueKey(getName() + "_pkey", fields);
    }

    /** A named unique key over {@code fields}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected final UniqueKey<Record> uniqueKey(String name, List<TableField<Record, ?>> fields) {
        return Internal.createUniqueKey(this, DSL.name(name), fields.toArray(new TableField[0]), true);
    }

    /** A named foreign key from {@code field} to the primary key of {@code target}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected final ForeignKey<Record, Record> foreignKey(String name, TableField<Record, ?> field,
            ModelTable<?> target, ReferenceAction onDelete) {
        UniqueKey<Record> key = target.getPrimaryKey();
        return Internal.createForeignKey(this, DSL.name(name), new TableField[] {field}, key,
                key.getFieldsArray(), true, deleteRule(onDelete), QOM.ForeignKeyRule.NO_ACTION);
    }

    /** A named index over {@code fields}. */
    protected final Index index(String name, boolean unique, List<? extends OrderField<?>> fields) {
        return Internal.createIndex(DSL.name(name), this, fields.toArray(new OrderField<?>[0]), unique);
    }

    private static QOM.ForeignKeyRule deleteRule(ReferenceAction action) {
        return switch (action) {
            case NO_ACTION -> QOM.ForeignKeyRule.NO_ACTION;
            case RESTRICT -> QOM.ForeignKeyRule.RESTRICT;
            case CASCADE -> QOM.ForeignKeyRule.CASCADE;
            case SET_NULL -> QOM.ForeignKeyRule.SET_NULL;
            case SET_DEFAULT -> QOM.ForeignKeyRule.SET_DEFAULT;
        };
    }
}

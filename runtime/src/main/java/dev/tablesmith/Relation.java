package dev.tablesmith;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * A relation from model {@code P} to model {@code C}, declared with {@link Related} and generated as a constant on
 * {@code P}'s DAO ({@code AuthorDao.BOOKS} is a {@code Relation<Author, Book>}). Pass it to
 * {@link ModelQuery#with} or {@link AbstractDao#load} to fill the relation field of the entities read; nest the
 * next level with {@link #with}: {@code AuthorDao.BOOKS.with(BookDao.TAGS)}.
 *
 * <p>Loading runs one statement per relation level, whatever the number of entities: an {@code IN} list of the
 * parents' keys, split only when the keys outnumber what the database's driver binds in one statement.
 * Immutable; the generated code sets the fields (or builds a filled copy of a record) without reflection.
 *
 * @param <P> the model that declares the relation
 * @param <C> the related model
 */
public final class Relation<P, C> {
    /** How the related rows are found. */
    enum Kind {
        /** The related rows' foreign key holds the parent's id. */
        TO_MANY,
        /** The parent's foreign key holds the related row's id. */
        TO_ONE,
        /** A join table holds both ids. */
        THROUGH
    }

    final String name;
    final Kind kind;
    final Function<Database, ? extends AbstractDao<C, ?>> target;
    /** The column the parents' keys are matched against: the child's foreign key, the target's id, the join's. */
    final TableField<Record, ?> match;
    /** For {@link Kind#THROUGH}: the join table's column holding the target's id, and the target's id. */
    final TableField<Record, ?> joinToTarget;
    final TableField<Record, ?> targetId;
    final Function<? super P, ?> parentKey;
    /** The key a related row belongs to; {@code null} for {@link Kind#THROUGH}, whose key is the join's column. */
    final Function<? super C, ?> childKey;
    final BiFunction<P, Object, P> set;
    final List<Relation<C, ?>> nested;
    /** The foreign-key columns that link the two sides: a relation and its inverse share them. */
    private final Set<TableField<Record, ?>> link;

    private Relation(String name, Kind kind, Function<Database, ? extends AbstractDao<C, ?>> target,
            TableField<Record, ?> match, TableField<Record, ?> joinToTarget, TableField<Record, ?> targetId,
            Function<? super P, ?> parentKey, Function<? super C, ?> childKey, BiFunction<P, Object, P> set,
            Set<TableField<Record, ?>> link, List<Relation<C, ?>> nested) {
        this.link = link;
        this.name = name;
        this.kind = kind;
        this.target = target;
        this.match = match;
        this.joinToTarget = joinToTarget;
        this.targetId = targetId;
        this.parentKey = parentKey;
        this.childKey = childKey;
        this.set = set;
        this.nested = List.copyOf(nested);
    }

    /**
     * For generated DAOs: a one-to-many relation whose related rows' {@code foreignKey} holds the parent's key.
     *
     * @param name       {@code Author.books}, for messages
     * @param target     the related model's DAO constructor
     * @param foreignKey the related table's foreign-key column
     * @param parentKey  reads the parent's id
     * @param childKey   reads a related row's foreign key
     * @param set        fills the parent's field with the list, returning the parent (or a filled copy of it)
     */
    @SuppressWarnings("unchecked")
    public static <P, C> Relation<P, C> toMany(String name, Function<Database, ? extends AbstractDao<C, ?>> target,
            TableField<Record, ?> foreignKey, Function<? super P, ?> parentKey, Function<? super C, ?> childKey,
            BiFunction<P, List<C>, P> set) {
        return new Relation<>(name, Kind.TO_MANY, target, foreignKey, null, null, parentKey, childKey,
                (parent, value) -> set.apply(parent, (List<C>) value), Set.of(foreignKey), List.of());
    }

    /**
     * For generated DAOs: a many-to-one relation whose parent's foreign key holds the related row's id.
     *
     * @param foreignKey the parent table's foreign-key column
     * @param targetId   the related table's id column
     * @param parentKey reads the parent's foreign key (null: no related row)
     * @param childKey  reads a related row's id
     * @param set       fills the parent's field with the related model or null
     */
    @SuppressWarnings("unchecked")
    public static <P, C> Relation<P, C> toOne(String name, Function<Database, ? extends AbstractDao<C, ?>> target,
            TableField<Record, ?> foreignKey, TableField<Record, ?> targetId, Function<? super P, ?> parentKey,
            Function<? super C, ?> childKey, BiFunction<P, C, P> set) {
        return new Relation<>(name, Kind.TO_ONE, target, targetId, null, null, parentKey, childKey,
                (parent, value) -> set.apply(parent, (C) value), Set.of(foreignKey), List.of());
    }

    /**
     * For generated DAOs: a many-to-many relation through a join table.
     *
     * @param joinToParent the join table's column holding the parent's id
     * @param joinToTarget the join table's column holding the related row's id
     * @param targetId     the related table's id column
     * @param parentKey    reads the parent's id
     */
    @SuppressWarnings("unchecked")
    public static <P, C> Relation<P, C> through(String name, Function<Database, ? extends AbstractDao<C, ?>> target,
            TableField<Record, ?> joinToParent, TableField<Record, ?> joinToTarget, TableField<Record, ?> targetId,
            Function<? super P, ?> parentKey, BiFunction<P, List<C>, P> set) {
        return new Relation<>(name, Kind.THROUGH, target, joinToParent, joinToTarget, targetId, parentKey, null,
                (parent, value) -> set.apply(parent, (List<C>) value), Set.of(joinToParent, joinToTarget), List.of());
    }

    /**
     * This relation, loading {@code next} on the related entities too: one more statement per nested relation.
     *
     * <p>The nesting is checked here, at run time, because it is built from values the compiler does not follow;
     * the compiler only checks that each nested relation starts at this relation's model. A many-to-one relation
     * nested in its own inverse ({@code AuthorDao.BOOKS.with(BookDao.AUTHOR)}: each book's author is the author in
     * hand) is a cycle that would only load again the entities in hand, so it is refused. Walking back the other
     * way loads new rows and is allowed: {@code BookDao.AUTHOR.with(AuthorDao.BOOKS)} loads the author's other
     * books, {@code BookDao.TAGS.with(TagDao.BOOKS)} the other books of each tag.
     *
     * @throws IllegalArgumentException naming the cycle
     */
    @SafeVarargs
    public final Relation<P, C> with(Relation<C, ?>... next) {
        List<Relation<C, ?>> all = new ArrayList<>(nested);
        for (Relation<C, ?> relation : next) {
            Objects.requireNonNull(relation, "relation");
            if (kind == Kind.TO_MANY && relation.kind == Kind.TO_ONE && link.equals(relation.link)) {
                throw new IllegalArgumentException("Cannot load " + relation.name + " within " + name + ": it walks "
                        + "back through the same foreign key to the entities in hand, a cycle that would only load "
                        + "them again; use them instead");
            }
            all.add(relation);
        }
        return new Relation<>(name, kind, target, match, joinToTarget, targetId, parentKey, childKey, set, link,
                all);
    }

    /** The relation's name, such as {@code Author.books}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return nested.isEmpty() ? name : name + nested;
    }
}

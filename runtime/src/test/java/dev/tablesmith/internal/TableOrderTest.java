package dev.tablesmith.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.ConfigurationException;
import dev.tablesmith.ModelTable;
import dev.tablesmith.ReferenceAction;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** Tables are created after the tables they reference; duplicate names and cycles are refused, naming the tables. */
class TableOrderTest {
    /** A table as generated code declares one, with foreign keys added after construction. */
    static final class Table extends ModelTable<Object> {
        private static final long serialVersionUID = 1L;
        final TableField<Record, Long> id = column("id", SQLDataType.BIGINT.nullable(false));
        private final List<Table> targets = new ArrayList<>();

        Table(String name) {
            super(name, Object.class, "");
        }

        Table references(Table target) {
            targets.add(target);
            return this;
        }

        @Override
        public TableField<Record, ?> idField() {
            return id;
        }

        @Override
        public UniqueKey<Record> getPrimaryKey() {
            return primaryKey(id);
        }

        @Override
        public List<ForeignKey<Record, ?>> getReferences() {
            List<ForeignKey<Record, ?>> keys = new ArrayList<>();
            for (Table target : targets) {
                TableField<Record, Long> column = column(target.getName() + "_id", SQLDataType.BIGINT);
                keys.add(foreignKey(getName() + "_" + target.getName() + "_fkey", column, target,
                        ReferenceAction.NO_ACTION));
            }
            return keys;
        }
    }

    private static List<String> names(List<ModelTable<?>> tables) {
        return tables.stream().map(ModelTable::getName).toList();
    }

    @Test
    void referencedTablesComeFirstAndTiesKeepNameOrder() {
        Table user = new Table("user");
        Table post = new Table("post").references(user);
        Table comment = new Table("comment").references(post).references(user);
        Table audit = new Table("audit");
        assertEquals(List.of("audit", "user", "post", "comment"),
                names(TableOrder.inForeignKeyOrder("", List.of(comment, post, audit, user))));
    }

    @Test
    void aTableMayReferenceItself() {
        Table node = new Table("node");
        node.references(node);
        assertEquals(List.of("node"), names(TableOrder.inForeignKeyOrder("", List.of(node))));
    }

    @Test
    void aCycleIsRefusedNamingATableInIt() {
        Table a = new Table("a");
        Table b = new Table("b").references(a);
        a.references(b);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TableOrder.inForeignKeyOrder("", List.of(a, b)));
        assertTrue(e.getMessage().startsWith("Foreign keys form a cycle through table \"a\""), e.getMessage());
    }

    @Test
    void twoTablesOfOneNameAreRefusedNamingTheBind() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TableOrder.inForeignKeyOrder("analytics", List.of(new Table("user"), new Table("user"))));
        assertTrue(e.getMessage().startsWith("Two models map to table \"user\" in bind 'analytics'"),
                e.getMessage());
    }
}

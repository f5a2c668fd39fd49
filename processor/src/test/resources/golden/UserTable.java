package com.example;

import dev.tablesmith.ModelTable;
import dev.tablesmith.generated.TableProvider;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;

/**
 * The {@code user} table of {@link User}: a jOOQ table whose fields can be used in any jOOQ query.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class UserTable extends ModelTable<User> {
    private static final long serialVersionUID = 1L;

    /**
     * The {@code user} table.
     */
    public static final UserTable USER = new UserTable();

    /**
     * The {@code id} column ({@code id}).
     */
    public final TableField<Record, Long> ID = column("id", SQLDataType.BIGINT.nullable(false).generatedByDefaultAsIdentity());

    /**
     * The {@code username} column ({@code username}).
     */
    public final TableField<Record, String> USERNAME = column("username", SQLDataType.VARCHAR(255).nullable(false));

    /**
     * The {@code email} column ({@code email}).
     */
    public final TableField<Record, String> EMAIL = column("email", SQLDataType.VARCHAR(255));

    private UserTable() {
        super("user", User.class, "");
    }

    @Override
    public TableField<Record, Long> idField() {
        return ID;
    }

    @Override
    public Identity<Record, Long> getIdentity() {
        return identity(ID);
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey(ID);
    }

    @Override
    public List<UniqueKey<Record>> getUniqueKeys() {
        return List.of(uniqueKey("user_username_key", List.of(USERNAME)));
    }

    /**
     * Registers {@link UserTable} for discovery by {@code Database.createAll()}.
     */
    public static final class Provider implements TableProvider {
        public Provider() {
        }

        @Override
        public ModelTable<?> table() {
            return USER;
        }
    }
}

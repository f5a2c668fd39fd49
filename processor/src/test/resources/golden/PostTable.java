package com.example;

import dev.tablesmith.ModelTable;
import dev.tablesmith.generated.JdbcTypesBinding;
import dev.tablesmith.generated.TableProvider;
import java.time.Instant;
import javax.annotation.processing.Generated;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;

/**
 * The {@code post} table of {@link Post}: a jOOQ table whose fields can be used in any jOOQ query.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class PostTable extends ModelTable<Post> {
    private static final long serialVersionUID = 1L;

    /**
     * The {@code post} table.
     */
    public static final PostTable POST = new PostTable();

    /**
     * The {@code id} column ({@code id}).
     */
    public final TableField<Record, Long> ID = column("id", SQLDataType.BIGINT.nullable(false).generatedByDefaultAsIdentity());

    /**
     * The {@code title} column ({@code title}).
     */
    public final TableField<Record, String> TITLE = column("title", SQLDataType.VARCHAR(255));

    /**
     * The {@code posted} column ({@code posted}).
     */
    public final TableField<Record, Instant> POSTED = column("posted", SQLDataType.INSTANT(6).asConvertedDataType(JdbcTypesBinding.INSTANT));

    private PostTable() {
        super("post", Post.class, "");
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

    /**
     * Registers {@link PostTable} for discovery by {@code Database.createAll()}.
     */
    public static final class Provider implements TableProvider {
        public Provider() {
        }

        @Override
        public ModelTable<?> table() {
            return POST;
        }
    }
}

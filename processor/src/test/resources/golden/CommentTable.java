package com.example;

import dev.tablesmith.ModelTable;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.generated.TableProvider;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Index;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;

/**
 * The {@code comment} table of {@link Comment}: a jOOQ table whose fields can be used in any jOOQ query.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class CommentTable extends ModelTable<Comment> {
    private static final long serialVersionUID = 1L;

    /**
     * The {@code comment} table.
     */
    public static final CommentTable COMMENT = new CommentTable();

    /**
     * The {@code id} column ({@code id}).
     */
    public final TableField<Record, Long> ID = column("id", SQLDataType.BIGINT.nullable(false).generatedByDefaultAsIdentity());

    /**
     * The {@code post_id} column ({@code postId}).
     */
    public final TableField<Record, Long> POST_ID = column("post_id", SQLDataType.BIGINT.nullable(false));

    /**
     * The {@code position} column ({@code position}).
     */
    public final TableField<Record, Integer> POSITION = column("position", SQLDataType.INTEGER.nullable(false));

    /**
     * The {@code author} column ({@code author}).
     */
    public final TableField<Record, String> AUTHOR = column("author", SQLDataType.VARCHAR(80));

    /**
     * The {@code version} column ({@code version}).
     */
    public final TableField<Record, Long> VERSION = column("version", SQLDataType.BIGINT.nullable(false));

    private CommentTable() {
        super("comment", Comment.class, "");
    }

    @Override
    public TableField<Record, Long> idField() {
        return ID;
    }

    @Override
    public TableField<Record, Long> versionField() {
        return VERSION;
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
    public List<ForeignKey<Record, ?>> getReferences() {
        return List.of(foreignKey("comment_post_id_fkey", POST_ID, PostTable.POST, ReferenceAction.CASCADE));
    }

    @Override
    public List<Index> getIndexes() {
        return List.of(index("comment_author_idx", false, List.of(AUTHOR)),
                index("comment_post_id_position_key", true, List.of(POST_ID, POSITION)));
    }

    /**
     * Registers {@link CommentTable} for discovery by {@code Database.createAll()}.
     */
    public static final class Provider implements TableProvider {
        public Provider() {
        }

        @Override
        public ModelTable<?> table() {
            return COMMENT;
        }
    }
}

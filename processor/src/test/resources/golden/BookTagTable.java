package com.example;

import dev.tablesmith.ModelTable;
import dev.tablesmith.ReferenceAction;
import dev.tablesmith.generated.TableProvider;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;

/**
 * The {@code book_tag} table of {@link BookTag}: a jOOQ table whose fields can be used in any jOOQ query.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class BookTagTable extends ModelTable<BookTag> {
    private static final long serialVersionUID = 1L;

    /**
     * The {@code book_tag} table.
     */
    public static final BookTagTable BOOK_TAG = new BookTagTable();

    /**
     * The {@code book_id} column ({@code bookId}).
     */
    public final TableField<Record, Long> BOOK_ID = column("book_id", SQLDataType.BIGINT.nullable(false));

    /**
     * The {@code tag_id} column ({@code tagId}).
     */
    public final TableField<Record, Long> TAG_ID = column("tag_id", SQLDataType.BIGINT.nullable(false));

    /**
     * The {@code position} column ({@code position}).
     */
    public final TableField<Record, Integer> POSITION = column("position", SQLDataType.INTEGER.nullable(false));

    private BookTagTable() {
        super("book_tag", BookTag.class, "");
    }

    @Override
    public TableField<Record, Long> idField() {
        return BOOK_ID;
    }

    @Override
    public List<TableField<Record, ?>> idFields() {
        return List.of(BOOK_ID, TAG_ID);
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey(List.of(BOOK_ID, TAG_ID));
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        return List.of(foreignKey("book_tag_book_id_fkey", BOOK_ID, BookTable.BOOK, ReferenceAction.NO_ACTION),
                foreignKey("book_tag_tag_id_fkey", TAG_ID, TagTable.TAG, ReferenceAction.NO_ACTION));
    }

    /**
     * Registers {@link BookTagTable} for discovery by {@code Database.createAll()}.
     */
    public static final class Provider implements TableProvider {
        public Provider() {
        }

        @Override
        public ModelTable<?> table() {
            return BOOK_TAG;
        }
    }
}

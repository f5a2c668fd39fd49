package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.SQLDataType;

/**
 * A model with its table and DAO written by hand, as the processor would generate them, so that the runtime's own
 * tests can run DAO operations on an in-memory database without the processor.
 */
final class Notes {
    private Notes() {
    }

    /** The model: a note with an assigned text id. */
    record Note(String id, String text) {
    }

    static final class NoteTable extends ModelTable<Note> {
        private static final long serialVersionUID = 1L;
        static final NoteTable NOTE = new NoteTable();
        final TableField<Record, String> ID = column("id", SQLDataType.VARCHAR(40).nullable(false));
        final TableField<Record, String> TEXT = column("text", SQLDataType.VARCHAR(255));

        private NoteTable() {
            super("note", Note.class, "");
        }

        @Override
        public TableField<Record, String> idField() {
            return ID;
        }

        @Override
        public UniqueKey<Record> getPrimaryKey() {
            return primaryKey(ID);
        }
    }

    static final class NoteDao extends AbstractDao<Note, String> {
        NoteDao(Database database) {
            super(database, NoteTable.NOTE);
        }

        @Override
        protected void bindInsert(PreparedStatement ps, JdbcTypes types, Note entity, int first)
                throws SQLException {
            types.setString(ps, first, entity.id(), 40);
            types.setString(ps, first + 1, entity.text(), 255);
        }

        @Override
        protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Note entity) throws SQLException {
            types.setString(ps, 1, entity.text(), 255);
            types.setString(ps, 2, entity.id(), 40);
        }

        @Override
        protected void bindId(PreparedStatement ps, JdbcTypes types, int index, String id) throws SQLException {
            types.setString(ps, index, id, 40);
        }

        @Override
        protected Note map(ResultSet rs, JdbcTypes types) throws SQLException {
            return new Note(types.getString(rs, 1), types.getString(rs, 2));
        }

        @Override
        protected String idOf(Note entity) {
            return entity.id();
        }

        @Override
        public Note fromRecord(Record record) {
            return new Note(record.get(NoteTable.NOTE.ID), record.get(NoteTable.NOTE.TEXT));
        }

        @Override
        public Record toRecord(Note entity) {
            Record record = NoteTable.NOTE.newRecord();
            record.set(NoteTable.NOTE.ID, entity.id());
            record.set(NoteTable.NOTE.TEXT, entity.text());
            return record;
        }
    }
}

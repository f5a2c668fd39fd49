package dev.tablesmith;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Takes the parameters a generated {@code bindInsert} sets for one row and writes them as a row of {@link CopyText}.
 * The binder is the one a one-row insert uses, so every value passes the same checks (length, Unicode, range,
 * precision) and is refused with the same exception naming its column, before anything is sent.
 *
 * <p>It takes exactly the calls {@code JdbcTypes} and the binders make for PostgreSQL, in parameter order. Anything
 * else — another setter, a value of another class, parameters out of order, or NULL for a column whose SQL default a
 * one-row insert would fill in (its SQL is {@code COALESCE(?, default)}, which COPY has no way to say) — throws
 * {@link ParameterSink.Unsupported}, and the rows go in through multi-row inserts instead.
 */
final class CopyRowEncoder extends ParameterSink {
    private final CopyText text;
    /** Per insert column (index 0 is parameter 1): whether NULL there means the column's SQL default. */
    private final boolean[] nullMeansDefault;
    /** The parameter expected next; 1 at the start of a row. */
    private int next = 1;

    CopyRowEncoder(CopyText text, boolean[] nullMeansDefault) {
        this.text = text;
        this.nullMeansDefault = nullMeansDefault.clone();
    }

    /**
     * Checks that the row's every parameter was set and starts the next row. Its end is written by the caller, after
     * the drawn id if there is one.
     */
    void endRow() throws SQLException {
        if (next != nullMeansDefault.length + 1) {
            throw unsupported("a row of " + (next - 1) + " of " + nullMeansDefault.length + " parameters");
        }
        next = 1;
    }

    /** Starts the field of parameter {@code index}, which must be the next one. */
    private void field(int index) throws SQLException {
        if (index != next || index > nullMeansDefault.length) {
            throw unsupported("parameter " + index + " where " + next + " was expected");
        }
        if (index > 1) {
            text.separator();
        }
        next++;
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        if (index >= 1 && index <= nullMeansDefault.length && nullMeansDefault[index - 1]) {
            throw unsupported("NULL for a column with a SQL default");
        }
        field(index);
        text.writeNull();
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        field(index);
        text.write(value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        if (value == null) {
            setNull(index, Types.VARCHAR);
            return;
        }
        field(index);
        text.write(value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        if (value == null) {
            setNull(index, Types.DECIMAL);
            return;
        }
        field(index);
        text.write(value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        if (value == null) {
            setNull(index, Types.VARBINARY);
            return;
        }
        field(index);
        text.write(value);
    }

    /** The {@code java.time} values and UUIDs that {@code JdbcTypes} binds as objects. */
    @Override
    public void setObject(int index, Object value) throws SQLException {
        switch (value) {
            case null -> setNull(index, Types.OTHER);
            case OffsetDateTime v -> {
                field(index);
                text.write(v);
            }
            case LocalDateTime v -> {
                field(index);
                text.write(v);
            }
            case LocalDate v -> {
                field(index);
                text.write(v);
            }
            case LocalTime v -> {
                field(index);
                text.write(v);
            }
            case UUID v -> {
                field(index);
                text.write(v);
            }
            default -> throw unsupported("setObject(" + value.getClass().getName() + ")");
        }
    }

    /** A JSON document, which {@code JdbcTypes} sends untyped for PostgreSQL to read as {@code jsonb}. */
    @Override
    public void setObject(int index, Object value, int targetSqlType) throws SQLException {
        if (targetSqlType != Types.OTHER || !(value instanceof String json)) {
            throw unsupported("setObject(" + (value == null ? "null" : value.getClass().getName()) + ", "
                    + targetSqlType + ")");
        }
        field(index);
        text.write(json);
    }
}

package dev.tablesmith;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * A {@link PreparedStatement} that is no statement: it only receives the parameters a generated binder sets, so that
 * the binder — with every check it makes before a value reaches the database — can fill something other than a
 * statement (see {@link CopyRowEncoder}). Every method throws {@link Unsupported}; a subclass overrides the setters
 * it takes. A binder that calls anything else thereby says that its values cannot go this way, and the caller uses a
 * real statement instead.
 */
abstract class ParameterSink implements PreparedStatement {

    /** A binder called a method this sink does not take. */
    static final class Unsupported extends SQLException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what + " cannot be written without a statement", "0A000");
        }
    }

    /** The exception every method not overridden throws, built out of line like JdbcTypes' refusals. */
    static Unsupported unsupported(String what) {
        return new Unsupported(what);
    }

    @Override
    public void addBatch() throws SQLException {
        throw unsupported("addBatch");
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw unsupported("addBatch");
    }

    @Override
    public void cancel() throws SQLException {
        throw unsupported("cancel");
    }

    @Override
    public void clearBatch() throws SQLException {
        throw unsupported("clearBatch");
    }

    @Override
    public void clearParameters() throws SQLException {
        throw unsupported("clearParameters");
    }

    @Override
    public void clearWarnings() throws SQLException {
        throw unsupported("clearWarnings");
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        throw unsupported("closeOnCompletion");
    }

    @Override
    public void close() throws SQLException {
        throw unsupported("close");
    }

    @Override
    public int[] executeBatch() throws SQLException {
        throw unsupported("executeBatch");
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        throw unsupported("executeQuery");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw unsupported("executeQuery");
    }

    @Override
    public int executeUpdate() throws SQLException {
        throw unsupported("executeUpdate");
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw unsupported("executeUpdate");
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        throw unsupported("executeUpdate");
    }

    @Override
    public int executeUpdate(String sql, int option) throws SQLException {
        throw unsupported("executeUpdate");
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw unsupported("executeUpdate");
    }

    @Override
    public boolean execute() throws SQLException {
        throw unsupported("execute");
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw unsupported("execute");
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw unsupported("execute");
    }

    @Override
    public boolean execute(String sql, int option) throws SQLException {
        throw unsupported("execute");
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw unsupported("execute");
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw unsupported("getConnection");
    }

    @Override
    public int getFetchDirection() throws SQLException {
        throw unsupported("getFetchDirection");
    }

    @Override
    public int getFetchSize() throws SQLException {
        throw unsupported("getFetchSize");
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        throw unsupported("getGeneratedKeys");
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        throw unsupported("getMaxFieldSize");
    }

    @Override
    public int getMaxRows() throws SQLException {
        throw unsupported("getMaxRows");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        throw unsupported("getMetaData");
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        throw unsupported("getMoreResults");
    }

    @Override
    public boolean getMoreResults(int value) throws SQLException {
        throw unsupported("getMoreResults");
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        throw unsupported("getParameterMetaData");
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        throw unsupported("getQueryTimeout");
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        throw unsupported("getResultSetConcurrency");
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        throw unsupported("getResultSetHoldability");
    }

    @Override
    public int getResultSetType() throws SQLException {
        throw unsupported("getResultSetType");
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        throw unsupported("getResultSet");
    }

    @Override
    public int getUpdateCount() throws SQLException {
        throw unsupported("getUpdateCount");
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        throw unsupported("getWarnings");
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        throw unsupported("isCloseOnCompletion");
    }

    @Override
    public boolean isClosed() throws SQLException {
        throw unsupported("isClosed");
    }

    @Override
    public boolean isPoolable() throws SQLException {
        throw unsupported("isPoolable");
    }

    @Override
    public boolean isWrapperFor(Class<?> value) throws SQLException {
        throw unsupported("isWrapperFor");
    }

    @Override
    public void setArray(int index, Array value) throws SQLException {
        throw unsupported("setArray");
    }

    @Override
    public void setAsciiStream(int index, java.io.InputStream value) throws SQLException {
        throw unsupported("setAsciiStream");
    }

    @Override
    public void setAsciiStream(int index, java.io.InputStream value, int length) throws SQLException {
        throw unsupported("setAsciiStream");
    }

    @Override
    public void setAsciiStream(int index, java.io.InputStream value, long length) throws SQLException {
        throw unsupported("setAsciiStream");
    }

    @Override
    public void setBigDecimal(int index, java.math.BigDecimal value) throws SQLException {
        throw unsupported("setBigDecimal");
    }

    @Override
    public void setBinaryStream(int index, java.io.InputStream value) throws SQLException {
        throw unsupported("setBinaryStream");
    }

    @Override
    public void setBinaryStream(int index, java.io.InputStream value, int length) throws SQLException {
        throw unsupported("setBinaryStream");
    }

    @Override
    public void setBinaryStream(int index, java.io.InputStream value, long length) throws SQLException {
        throw unsupported("setBinaryStream");
    }

    @Override
    public void setBlob(int index, Blob value) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setBlob(int index, java.io.InputStream value) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setBlob(int index, java.io.InputStream value, long length) throws SQLException {
        throw unsupported("setBlob");
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        throw unsupported("setBoolean");
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        throw unsupported("setBytes");
    }

    @Override
    public void setByte(int index, byte value) throws SQLException {
        throw unsupported("setByte");
    }

    @Override
    public void setCharacterStream(int index, java.io.Reader value) throws SQLException {
        throw unsupported("setCharacterStream");
    }

    @Override
    public void setCharacterStream(int index, java.io.Reader value, int length) throws SQLException {
        throw unsupported("setCharacterStream");
    }

    @Override
    public void setCharacterStream(int index, java.io.Reader value, long length) throws SQLException {
        throw unsupported("setCharacterStream");
    }

    @Override
    public void setClob(int index, Clob value) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setClob(int index, java.io.Reader value) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setClob(int index, java.io.Reader value, long length) throws SQLException {
        throw unsupported("setClob");
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw unsupported("setCursorName");
    }

    @Override
    public void setDate(int index, Date value) throws SQLException {
        throw unsupported("setDate");
    }

    @Override
    public void setDate(int index, Date value, java.util.Calendar calendar) throws SQLException {
        throw unsupported("setDate");
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        throw unsupported("setDouble");
    }

    @Override
    public void setEscapeProcessing(boolean enabled) throws SQLException {
        throw unsupported("setEscapeProcessing");
    }

    @Override
    public void setFetchDirection(int value) throws SQLException {
        throw unsupported("setFetchDirection");
    }

    @Override
    public void setFetchSize(int value) throws SQLException {
        throw unsupported("setFetchSize");
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        throw unsupported("setFloat");
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        throw unsupported("setInt");
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        throw unsupported("setLong");
    }

    @Override
    public void setMaxFieldSize(int value) throws SQLException {
        throw unsupported("setMaxFieldSize");
    }

    @Override
    public void setMaxRows(int value) throws SQLException {
        throw unsupported("setMaxRows");
    }

    @Override
    public void setNCharacterStream(int index, java.io.Reader value) throws SQLException {
        throw unsupported("setNCharacterStream");
    }

    @Override
    public void setNCharacterStream(int index, java.io.Reader value, long length) throws SQLException {
        throw unsupported("setNCharacterStream");
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setNClob(int index, java.io.Reader value) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setNClob(int index, java.io.Reader value, long length) throws SQLException {
        throw unsupported("setNClob");
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        throw unsupported("setNString");
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        throw unsupported("setNull");
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        throw unsupported("setNull");
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        throw unsupported("setObject");
    }

    @Override
    public void setObject(int index, Object value, int targetSqlType) throws SQLException {
        throw unsupported("setObject");
    }

    @Override
    public void setObject(int index, Object value, int targetSqlType, int scaleOrLength) throws SQLException {
        throw unsupported("setObject");
    }

    @Override
    public void setPoolable(boolean enabled) throws SQLException {
        throw unsupported("setPoolable");
    }

    @Override
    public void setQueryTimeout(int value) throws SQLException {
        throw unsupported("setQueryTimeout");
    }

    @Override
    public void setRef(int index, Ref value) throws SQLException {
        throw unsupported("setRef");
    }

    @Override
    public void setRowId(int index, RowId value) throws SQLException {
        throw unsupported("setRowId");
    }

    @Override
    public void setSQLXML(int index, SQLXML value) throws SQLException {
        throw unsupported("setSQLXML");
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        throw unsupported("setShort");
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        throw unsupported("setString");
    }

    @Override
    public void setTimestamp(int index, Timestamp value) throws SQLException {
        throw unsupported("setTimestamp");
    }

    @Override
    public void setTimestamp(int index, Timestamp value, java.util.Calendar calendar) throws SQLException {
        throw unsupported("setTimestamp");
    }

    @Override
    public void setTime(int index, Time value) throws SQLException {
        throw unsupported("setTime");
    }

    @Override
    public void setTime(int index, Time value, java.util.Calendar calendar) throws SQLException {
        throw unsupported("setTime");
    }

    @Override
    public void setURL(int index, java.net.URL value) throws SQLException {
        throw unsupported("setURL");
    }

    @Deprecated
    @Override
    public void setUnicodeStream(int index, java.io.InputStream value, int length) throws SQLException {
        throw unsupported("setUnicodeStream");
    }

    @Override
    public <T> T unwrap(Class<T> value) throws SQLException {
        throw unsupported("unwrap");
    }
}

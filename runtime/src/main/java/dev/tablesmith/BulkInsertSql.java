package dev.tablesmith;

/**
 * The SQL of {@link BulkInsert}'s multi-row inserts for one table, cut into the part before the rows and one row's
 * tuple, so that a statement of any number of rows is a string concatenation: {@code INSERT INTO t (id, a, b) VALUES}
 * and {@code (?, ?, COALESCE(?, default))}. With a generated id the id column comes first; its values are drawn
 * beforehand by {@link #allocateIds}. Also the {@code COPY} of {@link CopyInsert}, which takes the same columns with
 * the id last.
 */
final class BulkInsertSql {
    /** pgjdbc's limit on the parameters of one statement. */
    private static final int MAX_PARAMETERS = Short.MAX_VALUE;

    private final String head;
    private final String row;
    private final String allocateIds;
    private final String copy;
    private final boolean[] nullMeansDefault;
    private final int rowWidth;
    private final int rowsPerStatement;
    /**
     * Whether the table takes COPY as it takes inserts ({@link CopyInsert#copyable}), once asked; {@code null} before.
     * Racy but safe: every thread finds the same answer.
     */
    private volatile Boolean copyable;
    /** The statement of {@link #rowsPerStatement} rows, made on first use and then the same instance every time. */
    private volatile String full;

    /**
     * @param allocateIds {@code SELECT nextval(s) FROM (the id column's sequence) CROSS JOIN generate_series(1, ?)}, or
     *                    {@code null} when the model's ids are assigned
     * @param rowWidth    the number of parameters of one row
     * @param maxRows     the most rows a statement should hold; fewer when the parameters would exceed the driver's
     *                    limit
     * @param copy        {@code COPY t (insert columns[, id]) FROM STDIN}: the drawn id, if any, goes last
     * @param nullMeansDefault per insert column, whether its insert writes {@code COALESCE(?, default)}
     */
    BulkInsertSql(String head, String row, String allocateIds, int rowWidth, int maxRows, String copy,
            boolean[] nullMeansDefault) {
        this.head = head;
        this.row = row;
        this.allocateIds = allocateIds;
        this.copy = copy;
        this.nullMeansDefault = nullMeansDefault;
        this.rowWidth = rowWidth;
        this.rowsPerStatement = Math.max(1, Math.min(maxRows, MAX_PARAMETERS / rowWidth));
    }

    String allocateIds() {
        return allocateIds;
    }

    String copy() {
        return copy;
    }

    /**
     * Whether the table has triggers that fire on insert ({@link BulkInsert#run}), once asked; {@code null} before.
     */
    private volatile Boolean triggered;

    Boolean triggered() {
        return triggered;
    }

    void triggered(boolean known) {
        triggered = known;
    }

    Boolean copyable() {
        return copyable;
    }

    void copyable(boolean known) {
        copyable = known;
    }

    /** Not to be changed: {@link CopyRowEncoder} keeps its own copy. */
    boolean[] nullMeansDefault() {
        return nullMeansDefault;
    }

    int rowWidth() {
        return rowWidth;
    }

    int rowsPerStatement() {
        return rowsPerStatement;
    }

    /** The insert of {@link #rowsPerStatement()} rows. */
    String full() {
        String sql = full;
        if (sql == null) {
            sql = rows(rowsPerStatement);
            full = sql;
        }
        return sql;
    }

    /** {@code rows} rows' worth of the insert. */
    String rows(int rows) {
        StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2)).append(head);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? " " : ", ").append(row);
        }
        return sql.toString();
    }
}

package dev.tablesmith;

import dev.tablesmith.generated.JdbcTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks the open result set of a stream ({@link ModelQuery#stream()} or a {@code @Queries} method returning a
 * {@code Stream}) with the generated row mapper; closes the statement at the end of the rows or when the stream is
 * closed.
 */
final class QueryCursor<T> extends Spliterators.AbstractSpliterator<T> {
    /** Rows fetched per round trip, so a large result is never held in memory at once. */
    static final int FETCH_SIZE = 500;
    private final PreparedStatement ps;
    private final ResultSet rs;
    private final JdbcTypes types;
    private final AbstractQueries.RowMapper<T> mapper;
    private final Function<SQLException, RuntimeException> translate;
    private boolean closed;

    QueryCursor(PreparedStatement ps, ResultSet rs, JdbcTypes types, AbstractQueries.RowMapper<T> mapper,
            Function<SQLException, RuntimeException> translate) {
        super(Long.MAX_VALUE, Spliterator.ORDERED);
        this.ps = ps;
        this.rs = rs;
        this.types = types;
        this.mapper = mapper;
        this.translate = translate;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (closed) {
            return false;
        }
        try {
            if (!rs.next()) {
                close();
                return false;
            }
            action.accept(mapper.map(rs, types));
            return true;
        } catch (SQLException e) {
            close();
            throw translate.apply(e);
        }
    }

    void close() {
        if (!closed) {
            closed = true;
            try (ps) {
                rs.close();
            } catch (SQLException e) {
                throw translate.apply(e);
            }
        }
    }
}

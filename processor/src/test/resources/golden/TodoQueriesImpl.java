package com.example;

import dev.tablesmith.AbstractQueries;
import dev.tablesmith.Database;
import dev.tablesmith.Page;
import dev.tablesmith.generated.JdbcTypes;
import dev.tablesmith.generated.RenderedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jooq.SQLDialect;

/**
 * The queries of {@link TodoQueries}, checked and rendered for each database at compile time. Every call runs in the
 * session of the current context of the {@code Database} given to the constructor; the instance is stateless
 * and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class TodoQueriesImpl extends AbstractQueries implements TodoQueries {
    private static final RenderedQuery OPEN = RenderedQuery.builder("TodoQueries.open", TodoTable.TODO)
        .sql(SQLDialect.H2, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where (\"todo\".\"user_id\" = ? and \"todo\".\"done\" = false) order by \"todo\".\"created\"", new int[] {1})
        .sql(SQLDialect.SQLITE, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where (`todo`.`user_id` = ? and `todo`.`done` = 0) order by `todo`.`created`", new int[] {1})
        .sql(SQLDialect.POSTGRES, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where (\"todo\".\"user_id\" = ? and \"todo\".\"done\" = false) order by \"todo\".\"created\"", new int[] {1})
        .sql(SQLDialect.MARIADB, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where (`todo`.`user_id` = ? and `todo`.`done` = false) order by `todo`.`created`", new int[] {1})
        .build();

    private static final RenderedQuery OPEN_COUNTS = RenderedQuery.builder("TodoQueries.openCounts", UserTable.USER)
        .sql(SQLDialect.H2, "select \"u\".\"username\", count(\"t\".\"id\") \"open\" from \"user\" \"u\" join \"todo\" \"t\" on \"t\".\"user_id\" = \"u\".\"id\" where \"t\".\"done\" = false group by \"u\".\"username\" order by \"u\".\"username\"")
        .sql(SQLDialect.SQLITE, "select `u`.`username`, count(`t`.`id`) as `open` from `user` as `u` join `todo` as `t` on `t`.`user_id` = `u`.`id` where `t`.`done` = 0 group by `u`.`username` order by `u`.`username`")
        .sql(SQLDialect.POSTGRES, "select \"u\".\"username\", count(\"t\".\"id\") as \"open\" from \"user\" as \"u\" join \"todo\" as \"t\" on \"t\".\"user_id\" = \"u\".\"id\" where \"t\".\"done\" = false group by \"u\".\"username\" order by \"u\".\"username\"")
        .sql(SQLDialect.MARIADB, "select `u`.`username`, count(`t`.`id`) as `open` from `user` as `u` join `todo` as `t` on `t`.`user_id` = `u`.`id` where `t`.`done` = false group by `u`.`username` order by `u`.`username`")
        .build();

    private static final RenderedQuery TITLE_OF = RenderedQuery.builder("TodoQueries.titleOf", TodoTable.TODO)
        .sql(SQLDialect.H2, "select \"todo\".\"title\" from \"todo\" where \"todo\".\"id\" = ?", new int[] {1})
        .sql(SQLDialect.SQLITE, "select `todo`.`title` from `todo` where `todo`.`id` = ?", new int[] {1})
        .sql(SQLDialect.POSTGRES, "select \"todo\".\"title\" from \"todo\" where \"todo\".\"id\" = ?", new int[] {1})
        .sql(SQLDialect.MARIADB, "select `todo`.`title` from `todo` where `todo`.`id` = ?", new int[] {1})
        .build();

    private static final RenderedQuery PAGE_OF = RenderedQuery.builder("TodoQueries.pageOf", TodoTable.TODO)
        .sql(SQLDialect.H2, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where \"todo\".\"done\" = ? order by \"todo\".\"id\" offset ? rows fetch next ? rows only", new int[] {1}, new int[] {3}, new int[] {2})
        .sql(SQLDialect.SQLITE, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where `todo`.`done` = ? order by `todo`.`id` limit ? offset ?", new int[] {1}, new int[] {2}, new int[] {3})
        .sql(SQLDialect.POSTGRES, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where \"todo\".\"done\" = ? order by \"todo\".\"id\" offset ? rows fetch next ? rows only", new int[] {1}, new int[] {3}, new int[] {2})
        .sql(SQLDialect.MARIADB, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where `todo`.`done` = ? order by `todo`.`id` offset ? rows fetch next ? rows only", new int[] {1}, new int[] {3}, new int[] {2})
        .build();

    private static final RenderedQuery PAGE_OF_COUNT = RenderedQuery.builder("TodoQueries.pageOf", TodoTable.TODO)
        .sql(SQLDialect.H2, "select count(*) from (select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where \"todo\".\"done\" = ?) \"tablesmith_counted\"", new int[] {1})
        .sql(SQLDialect.SQLITE, "select count(*) from (select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where `todo`.`done` = ?) as `tablesmith_counted`", new int[] {1})
        .sql(SQLDialect.POSTGRES, "select count(*) from (select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where \"todo\".\"done\" = ?) as \"tablesmith_counted\"", new int[] {1})
        .sql(SQLDialect.MARIADB, "select count(*) from (select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where `todo`.`done` = ?) as `tablesmith_counted`", new int[] {1})
        .build();

    private static final RenderedQuery MARK_DONE = RenderedQuery.builder("TodoQueries.markDone", TodoTable.TODO)
        .sql(SQLDialect.H2, "update \"todo\" set \"todo\".\"done\" = true where \"todo\".\"id\" = ?", new int[] {1})
        .sql(SQLDialect.SQLITE, "update `todo` set `done` = 1 where `todo`.`id` = ?", new int[] {1})
        .sql(SQLDialect.POSTGRES, "update \"todo\" set \"done\" = true where \"todo\".\"id\" = ?", new int[] {1})
        .sql(SQLDialect.MARIADB, "update `todo` set `todo`.`done` = true where `todo`.`id` = ?", new int[] {1})
        .build();

    private static final RenderedQuery BY_USER_ID_AND_DONE = RenderedQuery.builder("TodoQueries.byUserIdAndDone", TodoTable.TODO)
        .sql(SQLDialect.H2, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where (\"todo\".\"user_id\" = ? and \"todo\".\"done\" = ?)", new int[] {1}, new int[] {2})
        .sql(SQLDialect.SQLITE, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where (`todo`.`user_id` = ? and `todo`.`done` = ?)", new int[] {1}, new int[] {2})
        .sql(SQLDialect.POSTGRES, "select \"todo\".\"id\", \"todo\".\"user_id\", \"todo\".\"title\", \"todo\".\"done\", \"todo\".\"created\" from \"todo\" where (\"todo\".\"user_id\" = ? and \"todo\".\"done\" = ?)", new int[] {1}, new int[] {2})
        .sql(SQLDialect.MARIADB, "select `todo`.`id`, `todo`.`user_id`, `todo`.`title`, `todo`.`done`, `todo`.`created` from `todo` where (`todo`.`user_id` = ? and `todo`.`done` = ?)", new int[] {1}, new int[] {2})
        .build();

    public TodoQueriesImpl(Database database) {
        super(database);
    }

    private static Todo openRow(ResultSet rs, JdbcTypes types) throws SQLException {
        Todo entity = new Todo();
        entity.id = types.getLong(rs, 1);
        entity.userId = rs.getLong(2);
        entity.title = types.getString(rs, 3);
        entity.done = rs.getBoolean(4);
        entity.created = types.getInstant(rs, 5);
        return entity;
    }

    @Override
    public List<Todo> open(long userId) {
        return list(OPEN, TodoQueriesImpl::openRow, (ps, types, at) -> {
                    for (int i : at[0]) ps.setLong(i, userId);
                }, userId);
    }

    private static OpenCount openCountsRow(ResultSet rs, JdbcTypes types) throws SQLException {
        return new OpenCount(
                    types.getString(rs, 1),
                    rs.getLong(2));
    }

    @Override
    public List<OpenCount> openCounts() {
        return list(OPEN_COUNTS, TodoQueriesImpl::openCountsRow, NO_PARAMETERS);
    }

    private static String titleOfRow(ResultSet rs, JdbcTypes types) throws SQLException {
        return types.getString(rs, 1);
    }

    @Override
    public Optional<String> titleOf(long id) {
        return optional(TITLE_OF, TodoQueriesImpl::titleOfRow, (ps, types, at) -> {
                    for (int i : at[0]) ps.setLong(i, id);
                }, id);
    }

    @Override
    public Page<Todo> pageOf(boolean done, int page, int perPage) {
        return page(PAGE_OF, PAGE_OF_COUNT, TodoQueriesImpl::openRow, (ps, types, at) -> {
                    for (int i : at[0]) ps.setBoolean(i, done);
                }, page, perPage, done);
    }

    @Override
    public int markDone(long id) {
        return Math.toIntExact(update(MARK_DONE, (ps, types, at) -> {
                    for (int i : at[0]) ps.setLong(i, id);
                }, id));
    }

    @Override
    public List<Todo> byUserIdAndDone(long userId, boolean done) {
        return list(BY_USER_ID_AND_DONE, TodoQueriesImpl::openRow, (ps, types, at) -> {
                    for (int i : at[0]) ps.setLong(i, userId);
                    for (int i : at[1]) ps.setBoolean(i, done);
                }, userId, done);
    }
}

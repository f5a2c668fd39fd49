package dev.tablesmith.exampleweb.load;

import dev.tablesmith.NotFoundException;
import dev.tablesmith.exampleweb.Todo;
import dev.tablesmith.exampleweb.TodoApp;
import dev.tablesmith.exampleweb.TodoApp.NewTodo;
import dev.tablesmith.exampleweb.TodoApp.NewUser;
import dev.tablesmith.exampleweb.TodoApp.TodoChange;
import dev.tablesmith.exampleweb.TodoApp.TodoPage;
import dev.tablesmith.exampleweb.User;
import dev.tablesmith.servlet.Pagination;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The load run's baseline: the todo service of {@link TodoApp} — the same routes, answers, JSON and statements —
 * written with hand-written JDBC on PostgreSQL, one transaction per request, committed when the handler returns and
 * rolled back when it throws. Only the data access differs: plain {@link PreparedStatement}s on a connection taken
 * from a HikariCP pool, where the service uses Tablesmith's DAOs in a context per request. The query string is read
 * by the same {@link Pagination}, so both answer the same pages.
 */
final class JdbcTodoApp {
    private static final String TODO_COLUMNS = "\"id\", \"user_id\", \"title\", \"done\", \"created\"";

    /** A request's work on its transaction's connection. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource pool;

    private JdbcTodoApp(DataSource pool) {
        this.pool = pool;
    }

    /** Configures {@code config} as the todo service on {@code pool}'s PostgreSQL database. */
    static void configure(JavalinConfig config, DataSource pool) {
        JdbcTodoApp app = new JdbcTodoApp(pool);
        config.startup.showJavalinBanner = false;
        config.concurrency.useVirtualThreads = true;
        config.jsonMapper(TodoApp.jsonMapper());
        config.routes.exception(NotFoundException.class, (e, ctx) -> TodoApp.error(ctx, 404, e.getMessage()));
        config.routes.exception(SQLException.class, (e, ctx) -> {
            String table = uniqueViolation(e);
            if (table == null) {
                TodoApp.error(ctx, 500, "database error: " + e.getMessage());
            } else {
                TodoApp.error(ctx, 409, TodoApp.conflict(table));
            }
        });

        config.routes.post("/users", ctx -> {
            NewUser body = ctx.bodyValidator(NewUser.class)
                    .check(b -> b.username() != null && !b.username().isBlank(), "username is required")
                    .get();
            User user = app.inTransaction(connection -> {
                User inserted = insertUser(connection, body.username());
                insertTodos(connection, inserted.id(), body.todos() == null ? List.of() : body.todos());
                return inserted;
            });
            ctx.status(201).json(user);
        });
        config.routes.get("/users/{id}", ctx -> ctx.json(app.inTransaction(c -> user(c, id(ctx)))));
        config.routes.get("/users/{id}/todos", ctx -> {
            Pagination pagination = Pagination.of(ctx.req());
            ctx.json(app.inTransaction(connection -> page(connection, user(connection, id(ctx)).id(), pagination)));
        });
        config.routes.post("/users/{id}/todos", ctx -> {
            long userId = id(ctx);
            ctx.status(201).json(app.inTransaction(connection -> {
                User user = user(connection, userId);
                NewTodo body = ctx.bodyValidator(NewTodo.class)
                        .check(b -> b.title() != null && !b.title().isBlank(), "title is required")
                        .get();
                return insertTodos(connection, user.id(), List.of(body.title())).get(0);
            }));
        });
        config.routes.get("/todos/{id}", ctx -> ctx.json(app.inTransaction(c -> todo(c, id(ctx)))));
        config.routes.patch("/todos/{id}", ctx -> {
            long id = id(ctx);
            ctx.json(app.inTransaction(connection -> {
                Todo todo = todo(connection, id);
                TodoChange change = ctx.bodyValidator(TodoChange.class).get();
                if (change.title() != null) {
                    todo = todo.withTitle(change.title());
                }
                if (change.done() != null) {
                    todo = todo.withDone(change.done());
                }
                try (PreparedStatement ps = connection.prepareStatement("update \"todo\" set \"user_id\" = ?, "
                        + "\"title\" = ?, \"done\" = ?, \"created\" = ? where \"todo\".\"id\" = ?")) {
                    ps.setLong(1, todo.userId());
                    ps.setString(2, todo.title());
                    ps.setBoolean(3, todo.done());
                    ps.setTimestamp(4, Timestamp.from(todo.created()));
                    ps.setLong(5, todo.id());
                    ps.executeUpdate();
                }
                return todo;
            }));
        });
        config.routes.delete("/todos/{id}", ctx -> {
            long id = id(ctx);
            app.inTransaction(connection -> {
                todo(connection, id);
                try (PreparedStatement ps = connection.prepareStatement(
                        "delete from \"todo\" where \"todo\".\"id\" = ?")) {
                    ps.setLong(1, id);
                    return ps.executeUpdate();
                }
            });
            ctx.status(204);
        });
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static User user(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select \"user\".\"id\", \"user\".\"username\" from \"user\" where \"user\".\"id\" = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("User with id " + id + " does not exist");
                }
                return new User(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static Todo todo(Connection connection, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select " + TODO_COLUMNS + " from \"todo\" where \"todo\".\"id\" = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("Todo with id " + id + " does not exist");
                }
                return todo(rs);
            }
        }
    }

    private static Todo todo(ResultSet rs) throws SQLException {
        return new Todo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                rs.getTimestamp(5).toInstant());
    }

    /** The same count and page query as {@code ModelQuery.page}: a page past the last is a 404. */
    private static TodoPage page(Connection connection, long userId, Pagination pagination) throws SQLException {
        long total;
        try (PreparedStatement ps = connection.prepareStatement(
                "select count(*) from \"todo\" where \"todo\".\"user_id\" = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        int page = pagination.page();
        int perPage = pagination.perPage();
        long offset = (long) (page - 1) * perPage;
        if (page != 1 && offset >= total) {
            throw new NotFoundException("No such page: page " + page + " of " + perPage + " items is past the last");
        }
        List<Todo> items = new ArrayList<>(perPage);
        try (PreparedStatement ps = connection.prepareStatement("select " + TODO_COLUMNS + " from \"todo\" where "
                + "\"todo\".\"user_id\" = ? order by \"todo\".\"id\" limit ? offset ?")) {
            ps.setLong(1, userId);
            ps.setLong(2, perPage);
            ps.setLong(3, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(todo(rs));
                }
            }
        }
        int pages = (int) ((total + perPage - 1) / perPage);
        return new TodoPage(items, page, perPage, total, pages, page < pages);
    }

    private static User insertUser(Connection connection, String username) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into \"user\" (\"username\") values (?)",
                new String[] {"id"})) {
            ps.setString(1, username);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new User(keys.getLong(1), username);
            }
        }
    }

    /** Inserts one todo per title in one batch, as the DAO's {@code insert} and {@code insertAll} do. */
    private static List<Todo> insertTodos(Connection connection, long userId, List<String> titles)
            throws SQLException {
        if (titles.isEmpty()) {
            return List.of();
        }
        // Microseconds, as PostgreSQL keeps them (and as the DAO cuts them), so that the answer is what is stored.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Todo> todos = titles.stream().map(title -> new Todo(null, userId, title, false, now)).toList();
        try (PreparedStatement ps = connection.prepareStatement("insert into \"todo\" (\"user_id\", \"title\", "
                + "\"done\", \"created\") values (?, ?, ?, ?)", new String[] {"id"})) {
            for (Todo todo : todos) {
                ps.setLong(1, todo.userId());
                ps.setString(2, todo.title());
                ps.setBoolean(3, todo.done());
                ps.setTimestamp(4, Timestamp.from(todo.created()));
                if (todos.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (todos.size() > 1) {
                ps.executeBatch();
            }
            List<Todo> stored = new ArrayList<>(todos.size());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (Todo todo : todos) {
                    keys.next();
                    stored.add(new Todo(keys.getLong(1), todo.userId(), todo.title(), todo.done(), todo.created()));
                }
            }
            return stored;
        }
    }

    /** The table whose unique key a failed statement broke, or null when it failed for another reason. */
    private static String uniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if ("23505".equals(next.getSQLState()) && next instanceof PSQLException psql) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return message == null ? "" : message.getTable();
            }
        }
        return null;
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}

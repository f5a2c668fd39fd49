package dev.tablesmith.javalin;

import static dev.tablesmith.javalin.ItemTable.ITEM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tablesmith.Database;
import dev.tablesmith.Page;
import dev.tablesmith.servlet.Pagination;
import dev.tablesmith.servlet.WebDatabase;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pagination in a Javalin handler: Flask's db.paginate() from the request, and a 404 past the last page. */
class PaginationTest {

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("dev.tablesmith.servlet.WebDatabase#all")
    void aRequestGetsItsPageAndA404PastTheLast(WebDatabase target) throws Exception {
        try (Database db = target.open();
                JavalinApp app = JavalinApp.start(new TablesmithPlugin(db), config -> config.routes.get("/items",
                        ctx -> {
                            Page<Item> page = Pagination.of(ctx.req(), 3)
                                    .page(new ItemDao(db).where().orderBy(ITEM.NAME));
                            ctx.result(page.items().stream().map(Item::name).collect(Collectors.joining(","))
                                    + " of " + page.total());
                        }))) {
            db.inContext(() -> {
                for (String name : new String[] {"a", "b", "c", "d", "e"}) {
                    TablesmithPluginTest.insert(db, name);
                }
            });
            assertEquals("c,d of 5", app.get("/items?page=2&per_page=2").body());
            assertEquals("a,b,c of 5", app.get("/items?per_page=50").body(), "per_page capped at 3");
            assertEquals(404, app.get("/items?page=4&per_page=2").statusCode());
            assertEquals(404, app.get("/items?page=zero").statusCode());
        }
    }
}

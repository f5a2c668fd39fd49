package dev.tablesmith.test;

import dev.tablesmith.Database;
import dev.tablesmith.RecordedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a context's recorded queries against a {@link QueryBudget}: statements are grouped by calling line and SQL
 * text (the SQL keeps its {@code ?} placeholders, so one statement with different values is one shape), and every
 * group above the budget is reported.
 */
final class QueryBudgetCheck {
    private QueryBudgetCheck() {
    }

    /**
     * @throws AssertionError naming each calling line, its SQL and its count above the budget
     * @throws IllegalStateException when the budget is below 1 or the database records no queries
     */
    static void check(Database db, QueryBudget budget) {
        int allowed = budget.sameShapeFromSameSite();
        if (allowed < 1) {
            throw new IllegalStateException("@QueryBudget(sameShapeFromSameSite = " + allowed + ") allows nothing; "
                    + "give at least 1");
        }
        if (!db.recordsQueries()) {
            throw new IllegalStateException("@QueryBudget needs the recorded queries, but this Database records none; "
                    + "build it with Database.builder()...recordQueries(true)");
        }
        List<RecordedQuery> queries = db.recordedQueries();
        Map<Site, Integer> counts = new LinkedHashMap<>();
        for (RecordedQuery query : queries) {
            counts.merge(new Site(query.location(), query.statement()), 1, Integer::sum);
        }
        StringBuilder over = new StringBuilder();
        counts.forEach((site, count) -> {
            if (count > allowed) {
                over.append("\n  ").append(site.location()).append(" ran ").append(count).append(" times: ")
                        .append(site.sql());
            }
        });
        if (!over.isEmpty()) {
            throw new AssertionError("Query budget exceeded: the same SQL from the same call site ran more than "
                    + allowed + " times (@QueryBudget(sameShapeFromSameSite = " + allowed + ")):" + over
                    + "\nLoad the rows in one statement instead: where(...).with(XDao.RELATION), dao.load(list, "
                    + "XDao.RELATION), findAllByX(...) or an IN condition.");
        }
    }

    private record Site(String location, String sql) {
    }
}

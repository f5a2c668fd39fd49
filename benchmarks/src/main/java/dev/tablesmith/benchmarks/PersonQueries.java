package dev.tablesmith.benchmarks;

import dev.tablesmith.Queries;
import dev.tablesmith.Query;
import java.util.List;

/** The benchmarked hand-written queries: the same SQL as {@link JdbcBenchmark}'s and {@link JooqSqlBenchmark}'s. */
@Queries
public interface PersonQueries {
    @Query("select id, name, email, age, active from person where id = :id")
    Person byId(long id);

    @Query("select id, name, email, age, active from person where age = :age")
    List<Person> byAge(int age);
}

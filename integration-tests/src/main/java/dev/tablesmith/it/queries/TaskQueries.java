package dev.tablesmith.it.queries;

import dev.tablesmith.CursoredPage;
import dev.tablesmith.Find;
import dev.tablesmith.Page;
import dev.tablesmith.Queries;
import dev.tablesmith.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every return shape of a hand-written query, checked at compile time and run on every database. */
@Queries
public interface TaskQueries {
    @Query("select * from task where member_id = :memberId and done = false order by id")
    List<Task> open(long memberId);

    @Query("select m.username, count(t.id) as open from member m join task t on t.member_id = m.id "
            + "where t.done = false group by m.username order by m.username")
    List<OpenCount> openCounts();

    @Query("update task set done = true where id = :id")
    int markDone(long id);

    @Query("delete from task where done = true")
    long purgeDone();

    @Query("update task set title = :title where id = :id")
    void retitle(long id, String title);

    @Query("select count(*) from task where member_id = :memberId")
    long countOf(long memberId);

    @Query("select title from task where id = :id")
    Optional<String> titleOf(long id);

    @Query("select * from task where id = :id")
    Task get(long id);

    @Query("select * from member where username = :username")
    Optional<Member> named(String username);

    @Query("select * from task order by id")
    Stream<Task> all();

    @Query("select * from task where done = :done order by id")
    Page<Task> pageOf(boolean done, int page, int perPage);

    @Query("select title from task order by id limit :n offset :skip")
    List<String> titlesWindow(int n, int skip);

    @Query("select title from task where created > :at order by created")
    List<String> createdAfter(Instant at);

    @Query("select title from task where title = :title or member_id = :memberId and title = :title order by id")
    List<String> titled(String title, long memberId);

    @Query("select * from task where done = :done order by member_id desc")
    CursoredPage<Task> feed(boolean done, String cursor, int limit);

    @Query("select t.* from task t join member m on m.id = t.member_id where t.done = :done "
            + "order by t.member_id desc")
    CursoredPage<Task> feedThroughAliases(boolean done, String cursor, int limit);

    @Query("select id, title, created from task where member_id = :memberId order by created desc")
    CursoredPage<TaskStamp> stamps(long memberId, String cursor, int limit);

    @Find
    List<Task> byMemberIdAndDone(long memberId, boolean done);

    @Find
    Optional<Member> byUsername(String username);
}

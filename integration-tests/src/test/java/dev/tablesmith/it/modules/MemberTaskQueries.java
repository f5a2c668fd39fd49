package dev.tablesmith.it.modules;

import dev.tablesmith.Find;
import dev.tablesmith.Page;
import dev.tablesmith.Queries;
import dev.tablesmith.Query;
import dev.tablesmith.it.queries.Member;
import dev.tablesmith.it.queries.Task;
import java.util.List;
import java.util.Optional;

/**
 * Queries compiled apart from the models they read: the test sources are a compilation of their own, with the
 * models' classes (and the table index their compilation wrote) on the class path, as a module depending on a
 * module of models has them. The package differs too, so the implementation reaches the models only through their
 * public members.
 */
@Queries
public interface MemberTaskQueries {
    @Query("select * from member where username = :username")
    Optional<Member> member(String username);

    @Query("select * from task where member_id = :memberId and done = false order by id")
    List<Task> open(long memberId);

    @Query("select m.username, count(t.id) as tasks from member m join task t on t.member_id = m.id "
            + "group by m.username order by m.username")
    List<TaskCount> counts();

    @Query("select * from task order by id")
    Page<Task> page(int page, int perPage);

    @Find
    List<Task> byMemberId(long memberId);
}

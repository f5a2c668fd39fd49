package dev.tablesmith.processor.queries;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Only an asterisk of the outermost select list is written out: there the alias can only be one of the outermost
 * FROM's tables, which is where {@link AliasAsterisks} looks it up.
 */
class AliasAsterisksTest {
    private static boolean outer(String sql) {
        return AliasAsterisks.inOuterSelectList(sql, sql.indexOf("t.*"));
    }

    @Test
    void theOutermostSelectListQualifies() {
        assertThat(outer("select t.* from todo t join user u on u.id = t.user_id")).isTrue();
        assertThat(outer("select u.username, t.* from todo t join user u on u.id = t.user_id")).isTrue();
        assertThat(outer("with c as (select * from todo) select t.* from todo t join c on c.id = t.id")).isTrue();
        assertThat(outer("select 'from (' as s, t.* from todo t join user u on u.id = t.user_id")).isTrue();
        assertThat(outer("select \"from\", t.* from todo t join user u on u.id = t.user_id")).isTrue();
    }

    @Test
    void aSubqueryALaterBranchOrAWhereClauseDoesNot() {
        assertThat(outer("select * from (select t.* from todo t join user u on u.id = t.user_id) x")).isFalse();
        assertThat(outer("select (select count(*) from (select t.* from todo t) y) from todo")).isFalse();
        assertThat(outer("select * from todo union select t.* from todo t join user u on u.id = t.user_id")).isFalse();
        assertThat(outer("select id from todo t where exists (select t.* from todo t join user u on 1 = 1)")).isFalse();
        assertThat(outer("select 'x t.* y' from todo t")).isFalse();
    }
}

package dev.tablesmith.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** The plan's new tables carry their foreign keys and come after the tables they reference, on every dialect. */
class MigrationPlanTest {
    private static final String ACCOUNT = """
            create table if not exists "account" ("id" bigint not null, constraint "account_pkey" primary key ("id"));
            """;

    @Test
    void aNewTableIsCreatedWithItsForeignKeysInlineSoSqliteCanRunIt() {
        String current = ACCOUNT + """
                create table if not exists "audit" ("id" bigint not null, "account" bigint,
                  constraint "audit_pkey" primary key ("id"),
                  constraint "audit_account_fkey" foreign key ("account") references "account" ("id")
                    on delete cascade);
                """;
        MigrationPlan plan = MigrationPlan.between(ACCOUNT, current, Map.of());

        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).description()).isEqualTo("table audit added");
        for (SQLDialect dialect : new SQLDialect[] {SQLDialect.SQLITE, SQLDialect.POSTGRES, SQLDialect.MARIADB}) {
            String script = plan.script(dialect);
            assertThat(script).doesNotContain("alter table");
            assertThat(script).containsMatch("create table [`\"]audit[`\"] \\(.*foreign key \\([`\"]account[`\"]\\) "
                    + "references [`\"]account[`\"] \\([`\"]id[`\"]\\) on delete cascade\\);");
        }
    }

    @Test
    void newTablesComeAfterTheNewTablesTheyReference() {
        // The snapshot lists z_order first, as the processor writes it; the diff alone would create a_line first.
        String current = """
                create table if not exists "z_order" ("id" bigint not null,
                  constraint "z_order_pkey" primary key ("id"));
                create table if not exists "a_line" ("id" bigint not null, "z_order" bigint,
                  constraint "a_line_pkey" primary key ("id"),
                  constraint "a_line_z_order_fkey" foreign key ("z_order") references "z_order" ("id"));
                """;
        String script = MigrationPlan.between("", current, Map.of()).script(SQLDialect.SQLITE);

        assertThat(script.indexOf("create table `z_order`")).isAtLeast(0);
        assertThat(script.indexOf("create table `a_line`")).isGreaterThan(script.indexOf("create table `z_order`"));
        assertThat(script).doesNotContain("alter table");
    }

    @Test
    void aForeignKeyAddedToAnExistingTableStaysAnAlter() {
        String before = ACCOUNT + """
                create table if not exists "audit" ("id" bigint not null, "account" bigint,
                  constraint "audit_pkey" primary key ("id"));
                """;
        String after = ACCOUNT + """
                create table if not exists "audit" ("id" bigint not null, "account" bigint,
                  constraint "audit_pkey" primary key ("id"),
                  constraint "audit_account_fkey" foreign key ("account") references "account" ("id"));
                """;
        assertThat(MigrationPlan.between(before, after, Map.of()).script(SQLDialect.POSTGRES))
                .contains("alter table \"audit\" add constraint \"audit_account_fkey\" foreign key");
    }
}

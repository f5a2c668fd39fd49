package dev.tablesmith.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** The plan's new tables carry their foreign keys and come after the tables they reference, on every dialect. */
class MigrationPlanTest {
    private static final String ACCOUNT = """
            create table if not exists `account` (`id` bigint not null, constraint `account_pkey` primary key (`id`));
            """;

    /**
     * {@code ddl}, written with MariaDB's and SQLite's backticks, as the DDL of every dialect: H2 and PostgreSQL
     * quote with double quotes.
     */
    static Map<SQLDialect, String> everyDialect(String ddl) {
        Map<SQLDialect, String> byDialect = new EnumMap<>(SQLDialect.class);
        for (SQLDialect dialect : new SQLDialect[] {SQLDialect.H2, SQLDialect.POSTGRES}) {
            byDialect.put(dialect, ddl.replace('`', '"'));
        }
        byDialect.put(SQLDialect.MARIADB, ddl);
        byDialect.put(SQLDialect.SQLITE, ddl);
        return byDialect;
    }

    private static String snapshot(String ddl) {
        return everyDialect(ddl).get(MigrationPlan.SNAPSHOT_DIALECT);
    }

    @Test
    void aNewTableIsCreatedWithItsForeignKeysInlineSoSqliteCanRunIt() {
        String current = ACCOUNT + """
                create table if not exists `audit` (`id` bigint not null, `account` bigint,
                  constraint `audit_pkey` primary key (`id`),
                  constraint `audit_account_fkey` foreign key (`account`) references `account` (`id`)
                    on delete cascade);
                """;
        MigrationPlan plan = MigrationPlan.between(snapshot(ACCOUNT), everyDialect(current), Map.of());

        assertThat(plan.steps()).hasSize(1);
        assertThat(plan.steps().get(0).description()).isEqualTo("table audit added");
        for (SQLDialect dialect : new SQLDialect[] {SQLDialect.SQLITE, SQLDialect.POSTGRES, SQLDialect.MARIADB}) {
            String script = plan.script(dialect);
            assertThat(script).doesNotContain("alter table");
            assertThat(script).containsMatch("(?s)create table [`\"]audit[`\"] \\(.*"
                    + "foreign key \\([`\"]account[`\"]\\)\\s+references [`\"]account[`\"] \\([`\"]id[`\"]\\)\\s+"
                    + "on delete cascade\\);");
        }
    }

    @Test
    void newTablesComeAfterTheNewTablesTheyReference() {
        // The snapshot lists z_order first, as the processor writes it; the diff alone would create a_line first.
        String current = """
                create table if not exists `z_order` (`id` bigint not null,
                  constraint `z_order_pkey` primary key (`id`));
                create table if not exists `a_line` (`id` bigint not null, `z_order` bigint,
                  constraint `a_line_pkey` primary key (`id`),
                  constraint `a_line_z_order_fkey` foreign key (`z_order`) references `z_order` (`id`));
                """;
        String script = MigrationPlan.between("", everyDialect(current), Map.of()).script(SQLDialect.SQLITE);

        assertThat(script.indexOf("create table `z_order`")).isAtLeast(0);
        assertThat(script.indexOf("create table `a_line`")).isGreaterThan(script.indexOf("create table `z_order`"));
        assertThat(script).doesNotContain("alter table");
    }

    @Test
    void aForeignKeyAddedToAnExistingTableStaysAnAlter() {
        String before = ACCOUNT + """
                create table if not exists `audit` (`id` bigint not null, `account` bigint,
                  constraint `audit_pkey` primary key (`id`));
                """;
        String after = ACCOUNT + """
                create table if not exists `audit` (`id` bigint not null, `account` bigint,
                  constraint `audit_pkey` primary key (`id`),
                  constraint `audit_account_fkey` foreign key (`account`) references `account` (`id`));
                """;
        assertThat(MigrationPlan.between(snapshot(before), everyDialect(after), Map.of()).script(SQLDialect.POSTGRES))
                .contains("alter table \"audit\" add constraint \"audit_account_fkey\" foreign key");
    }

    @Test
    void anAddedColumnIsDefinedAsEachDialectsDdlDefinesIt() {
        // As createAll() has them: the snapshot's H2 types are text and a zoned timestamp.
        Map<SQLDialect, String> current = Map.of(
                SQLDialect.H2, """
                        create table if not exists "account" ("id" bigint not null, "seen" timestamp(6) with time \
                        zone not null, "doc" varchar, constraint "account_pkey" primary key ("id"));""",
                SQLDialect.POSTGRES, """
                        create table if not exists "account" ("id" bigint not null, "seen" timestamp(6) with time \
                        zone not null, "doc" jsonb, constraint "account_pkey" primary key ("id"));""",
                SQLDialect.MARIADB, """
                        create table if not exists `account` (`id` bigint not null, `seen` datetime(6) not null, \
                        `doc` json null, constraint `account_pkey` primary key (`id`));""");
        MigrationPlan plan = MigrationPlan.between(snapshot(ACCOUNT), current, Map.of());

        assertThat(plan.steps().stream().map(MigrationPlan.Step::description).toList()).containsExactly(
                "table account: column doc added, VARCHAR NULL",
                "table account: column seen added, TIMESTAMP(6) WITH TIME ZONE NOT NULL");
        assertThat(plan.script(SQLDialect.POSTGRES)).contains("alter table \"account\" add \"doc\" jsonb;");
        assertThat(plan.script(SQLDialect.MARIADB)).contains("alter table `account` add `seen` datetime(6) not null;");
        assertThat(plan.script(SQLDialect.MARIADB)).contains("alter table `account` add `doc` json null;");
        assertThat(plan.script(SQLDialect.H2)).contains("alter table \"account\" add \"doc\" varchar;");
    }

    @Test
    void aWidenedColumnKeepsItsWholeDefinitionOnMariaDb() {
        // MariaDB changes a column by restating it: without NOT NULL it would become nullable, and the step that
        // sets NOT NULL must not restate the old, narrower type.
        String before = ACCOUNT.replace("`id` bigint not null,", "`id` bigint not null, `name` varchar(40),");
        String after = ACCOUNT.replace("`id` bigint not null,", "`id` bigint not null, `name` varchar(80) not null,");
        String script = MigrationPlan.between(snapshot(before), everyDialect(after), Map.of())
                .script(SQLDialect.MARIADB);

        assertThat(script).contains("alter table `account` change column `name` `name` varchar(80) not null;");
        assertThat(script).doesNotContain("varchar(40)");
    }

    @Test
    void aDialectWithoutDdlIsRefusedByName() {
        MigrationPlan plan = MigrationPlan.between(snapshot(ACCOUNT), Map.of(SQLDialect.H2, snapshot(ACCOUNT)),
                Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan.script(SQLDialect.POSTGRES));
        assertThat(e).hasMessageThat().contains("no Postgres DDL of the current schema");
    }
}

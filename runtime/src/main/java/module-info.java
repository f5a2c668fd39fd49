/**
 * Tablesmith's runtime. Applications use {@code dev.tablesmith}: the annotations, {@code Database}, contexts,
 * {@code Session}, the DAO and query types, {@code Page} and the exceptions. {@code dev.tablesmith.generated} is
 * exported only because the classes the annotation processor generates live in the application's own packages and
 * must reach it; it is not API. {@code dev.tablesmith.internal}, shared with the processor, is not exported.
 *
 * <p>A modular application registers its models for {@code Database.createAll()} with
 * {@code provides dev.tablesmith.generated.TableProvider with ...}, which the processor checks and spells out.
 */
module dev.tablesmith {
    requires transitive java.sql;
    requires transitive org.jooq;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    // COPY for insertAll on PostgreSQL, used only when the application has pgjdbc (see PostgresCopy).
    requires static org.postgresql.jdbc;
    // Generated classes carry javax.annotation.processing.Generated, a source-only annotation.
    requires static transitive java.compiler;

    exports dev.tablesmith;
    exports dev.tablesmith.generated;

    uses dev.tablesmith.generated.TableProvider;
}

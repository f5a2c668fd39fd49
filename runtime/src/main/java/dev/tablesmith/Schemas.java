package dev.tablesmith;

import dev.tablesmith.internal.SchemaDdl;
import dev.tablesmith.internal.Dialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Creates, drops and checks the models' tables in the configured databases, outside any context: schema changes
 * run on a connection of their own and commit at once.
 */
final class Schemas {
    private final Binds binds;
    private final ModelRegistry models;

    Schemas(Binds binds, ModelRegistry models) {
        this.binds = binds;
        this.models = models;
    }

    /**
     * Creates the tables of {@code bind}'s models that do not exist yet, then checks the ones that did exist against
     * their models (see {@link ExistingTables}).
     *
     * @throws SchemaMismatchException when an existing table differs from its model in a way that makes writes fail
     */
    void createAll(String bind) {
        Bind target = binds.get(bind);
        List<ModelTable<?>> tables = models.require(bind);
        ExistingTables before = ExistingTables.read(target);
        execute(target, dsl -> SchemaDdl.create(dsl, tables));
        List<String> differences = new ArrayList<>();
        for (ModelTable<?> table : before.among(tables)) {
            differences.addAll(before.differences(table));
        }
        if (!differences.isEmpty()) {
            throw new SchemaMismatchException("createAll() left the existing tables of " + target.describe()
                    + " alone, but they differ from the models:\n  " + String.join("\n  ", differences)
                    + "\ncreateAll() never alters a table: in development drop it (db.dropAll()) and create it again; "
                    + "otherwise migrate it (see the schema snapshot's migrations, and verifySchema())", differences);
        }
    }

    void dropAll(String bind) {
        Bind target = binds.get(bind);
        execute(target, dsl -> SchemaDdl.drop(dsl, models.require(bind)));
    }

    List<String> verify(String bind) {
        Bind target = binds.get(bind);
        return SchemaVerifier.differences(target, models.require(bind));
    }

    private static void execute(Bind bind, Function<DSLContext, List<Query>> statements) {
        try (Connection connection = bind.dataSource().getConnection()) {
            DSLContext dsl = DSL.using(connection, bind.dialect(), Dialects.settings());
            for (Query query : statements.apply(dsl)) {
                query.execute();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new TablesmithException("Schema change on " + bind.describe() + " failed: " + e.getMessage(), e);
        }
    }
}

package dev.tablesmith.spring.boot;

import dev.tablesmith.BindConfig;
import dev.tablesmith.ConfigurationException;
import dev.tablesmith.Database;
import dev.tablesmith.DatabaseBuilder;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the auto-configured {@link Database} from {@link TablesmithProperties}: on {@code tablesmith.url} if set,
 * else on the application's {@link DataSource}, else (nothing configured at all) on a private in-memory H2 database.
 */
final class DatabaseFromProperties {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFromProperties.class);

    private DatabaseFromProperties() {
    }

    static Database build(TablesmithProperties properties, DataSource applicationDataSource) {
        DatabaseBuilder builder = Database.builder()
                .teardown(properties.getTeardown())
                .recordQueries(properties.isRecordQueries())
                .poolSize(properties.getPoolSize());
        if (properties.getSlowQueryThreshold() != null) {
            builder.slowQueryThreshold(properties.getSlowQueryThreshold());
        }
        timeouts(builder, properties.getTimeouts());
        if (properties.getUrl() != null && !properties.getUrl().isBlank()) {
            builder.url(properties.getUrl()).user(properties.getUser()).password(properties.getPassword());
        } else if (applicationDataSource != null) {
            builder.dataSource(applicationDataSource);
        } else if (properties.getBinds().isEmpty()) {
            LOG.info("Tablesmith uses a private in-memory H2 database: set tablesmith.url or spring.datasource.url "
                    + "to use another");
            builder.inMemory();
        }
        for (Map.Entry<String, TablesmithProperties.Bind> bind : properties.getBinds().entrySet()) {
            TablesmithProperties.Bind config = bind.getValue();
            if (config.getUrl() == null || config.getUrl().isBlank()) {
                throw new ConfigurationException("tablesmith.binds." + bind.getKey() + ".url is not set: every bind "
                        + "needs the JDBC URL of its database");
            }
            builder.bind(bind.getKey(), new BindConfig(config.getUrl(), config.getUser(), config.getPassword()));
        }
        return builder.build();
    }

    private static void timeouts(DatabaseBuilder builder, TablesmithProperties.Timeouts timeouts) {
        if (timeouts.getConnect() != null) {
            builder.connectTimeout(timeouts.getConnect());
        }
        if (timeouts.getAcquire() != null) {
            builder.acquireTimeout(timeouts.getAcquire());
        }
        if (timeouts.getStatement() != null) {
            builder.statementTimeout(timeouts.getStatement());
        }
        if (timeouts.getLock() != null) {
            builder.lockTimeout(timeouts.getLock());
        }
        if (timeouts.getSocket() != null) {
            builder.socketTimeout(timeouts.getSocket());
        }
    }
}

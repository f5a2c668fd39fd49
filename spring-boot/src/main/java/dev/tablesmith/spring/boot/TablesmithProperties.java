package dev.tablesmith.spring.boot;

import dev.tablesmith.Teardown;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code tablesmith.*} properties: where the {@code Database} of {@link TablesmithAutoConfiguration} connects, its
 * options (those of {@code Database.builder()}), and the per-request filter's and pagination's settings.
 */
@ConfigurationProperties("tablesmith")
public class TablesmithProperties {
    /**
     * Where the filter sits among the servlet filters: inside the character-encoding, observation and form-content
     * filters, which use no database, and outside Spring's RequestContextFilter (-105) and Spring Security's filter
     * chain (-100), so that a security filter's DAO calls share the request's context.
     */
    public static final int DEFAULT_FILTER_ORDER = -110;

    /**
     * JDBC URL of the default database, pooled by Tablesmith. When unset, Tablesmith uses the application's
     * DataSource (spring.datasource.*), and without one a private in-memory H2 database.
     */
    private String url;
    /** User of the default database at tablesmith.url. */
    private String user;
    /** Password of the default database at tablesmith.url. */
    private String password;
    /** Maximum number of connections of each pool Tablesmith opens itself (tablesmith.url and the binds). */
    private int poolSize = 10;
    /** What a context does with its transaction when it ends: commit, always-commit or rollback. */
    private Teardown teardown = Teardown.COMMIT;
    /** Extra databases by bind name, for models declared with @Model(bind = "name"). */
    private Map<String, Bind> binds = new LinkedHashMap<>();
    /** Whether to record each context's statements for Database.recordedQueries(). */
    private boolean recordQueries;
    /** Statements at least this slow are logged at WARN on the dev.tablesmith.sql logger; unset: none. */
    private Duration slowQueryThreshold;
    /** Whether to create the models' missing tables at start-up (Database.createAll()), for development. */
    private boolean createAll;
    private final Timeouts timeouts = new Timeouts();
    private final Filter filter = new Filter();
    private final Pagination pagination = new Pagination();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    public Teardown getTeardown() {
        return teardown;
    }

    public void setTeardown(Teardown teardown) {
        this.teardown = teardown;
    }

    public Map<String, Bind> getBinds() {
        return binds;
    }

    public void setBinds(Map<String, Bind> binds) {
        this.binds = binds;
    }

    public boolean isRecordQueries() {
        return recordQueries;
    }

    public void setRecordQueries(boolean recordQueries) {
        this.recordQueries = recordQueries;
    }

    public Duration getSlowQueryThreshold() {
        return slowQueryThreshold;
    }

    public void setSlowQueryThreshold(Duration slowQueryThreshold) {
        this.slowQueryThreshold = slowQueryThreshold;
    }

    public boolean isCreateAll() {
        return createAll;
    }

    public void setCreateAll(boolean createAll) {
        this.createAll = createAll;
    }

    public Timeouts getTimeouts() {
        return timeouts;
    }

    public Filter getFilter() {
        return filter;
    }

    public Pagination getPagination() {
        return pagination;
    }

    /** One extra database: {@code tablesmith.binds.<name>.url}, {@code .user}, {@code .password}. */
    public static class Bind {
        /** JDBC URL of the bind's database. */
        private String url;
        /** User of the bind's database. */
        private String user;
        /** Password of the bind's database. */
        private String password;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /**
     * The bounds of every wait ({@code tablesmith.timeouts.*}); unset ones keep Tablesmith's defaults. The connect,
     * statement, lock and socket timeouts are passed to the drivers of the pools Tablesmith opens itself; a
     * DataSource of the application keeps its own settings.
     */
    public static class Timeouts {
        /** How long opening a connection may take; default 10s. */
        private Duration connect;
        /** How long a context waits for a free pooled connection; default 10s. */
        private Duration acquire;
        /** How long the database lets one statement run; default 30s. */
        private Duration statement;
        /** How long a statement waits for a lock; default 10s. */
        private Duration lock;
        /** How long the driver waits for any answer from the server; default the statement timeout + 10s. */
        private Duration socket;

        public Duration getConnect() {
            return connect;
        }

        public void setConnect(Duration connect) {
            this.connect = connect;
        }

        public Duration getAcquire() {
            return acquire;
        }

        public void setAcquire(Duration acquire) {
            this.acquire = acquire;
        }

        public Duration getStatement() {
            return statement;
        }

        public void setStatement(Duration statement) {
            this.statement = statement;
        }

        public Duration getLock() {
            return lock;
        }

        public void setLock(Duration lock) {
            this.lock = lock;
        }

        public Duration getSocket() {
            return socket;
        }

        public void setSocket(Duration socket) {
            this.socket = socket;
        }
    }

    /** The per-request context's filter ({@code tablesmith.filter.*}). */
    public static class Filter {
        /** Whether to register the filter that gives each request a context. */
        private boolean enabled = true;
        /** The filter's order among the servlet filters. */
        private int order = DEFAULT_FILTER_ORDER;
        /** The URL patterns the filter applies to. */
        private List<String> urlPatterns = new ArrayList<>(List.of("/*"));

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getOrder() {
            return order;
        }

        public void setOrder(int order) {
            this.order = order;
        }

        public List<String> getUrlPatterns() {
            return urlPatterns;
        }

        public void setUrlPatterns(List<String> urlPatterns) {
            this.urlPatterns = urlPatterns;
        }
    }

    /** Pagination arguments of controller methods ({@code tablesmith.pagination.*}). */
    public static class Pagination {
        /** The largest per_page a request may ask for, unless the parameter's @MaxPerPage says otherwise. */
        private int maxPerPage = dev.tablesmith.servlet.Pagination.DEFAULT_MAX_PER_PAGE;

        public int getMaxPerPage() {
            return maxPerPage;
        }

        public void setMaxPerPage(int maxPerPage) {
            this.maxPerPage = maxPerPage;
        }
    }
}

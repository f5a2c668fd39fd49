package dev.tablesmith.spring.boot.app;

import dev.tablesmith.Database;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Watches the commits of requests' work: records, at each, whether the response had already been committed (sent,
 * at least in part, to the client), so that a test can tell that the commit came first; and fails commits on demand.
 */
@Configuration(proxyBeanMethods = false)
public class CommitProbe {
    /** For each commit made during a request: whether the response was committed by then. */
    public static final List<Boolean> RESPONSE_COMMITTED_AT_COMMIT = new CopyOnWriteArrayList<>();

    /** While true, every commit fails, as one the database refuses would. */
    public static volatile boolean failCommits;

    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    CommitProbe(Database db) {
        db.beforeCommit(changes -> {
            if (failCommits) {
                throw new IllegalStateException("the commit is refused");
            }
        });
        db.onCommit(changes -> {
            HttpServletResponse response = RESPONSE.get();
            if (response != null) {
                RESPONSE_COMMITTED_AT_COMMIT.add(response.isCommitted());
            }
        });
    }

    /** Outside every other filter, so that the response is known for the whole request. */
    @Bean
    static FilterRegistrationBean<Filter> responseRecordingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            RESPONSE.set((HttpServletResponse) response);
            try {
                chain.doFilter(request, response);
            } finally {
                RESPONSE.remove();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}

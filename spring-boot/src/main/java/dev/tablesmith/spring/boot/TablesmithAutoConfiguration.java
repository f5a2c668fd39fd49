package dev.tablesmith.spring.boot;

import dev.tablesmith.Database;
import dev.tablesmith.servlet.TablesmithFilter;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tablesmith in a Spring Boot application: a {@link Database} bean (unless the application defines one), built on
 * {@code tablesmith.url} or the application's {@link DataSource}; in a servlet web application, a
 * {@link TablesmithFilter} that gives each request a context; in a Spring MVC application, {@code Pagination}
 * arguments, {@code NotFoundException} answered with 404, and the request's work ended before its response is sent.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Database.class)
@EnableConfigurationProperties(TablesmithProperties.class)
public final class TablesmithAutoConfiguration {

    /**
     * The application's database. A {@link DataSource} bean of the application stays the application's: the
     * {@code Database} borrows its connections and closes only the pools it opened itself.
     */
    @Bean
    @ConditionalOnMissingBean
    Database tablesmithDatabase(TablesmithProperties properties, ObjectProvider<DataSource> dataSource) {
        return DatabaseFromProperties.build(properties, dataSource.getIfUnique());
    }

    /** {@code tablesmith.create-all=true}: the tables are created as soon as the {@code Database} bean exists. */
    @Bean
    @ConditionalOnBooleanProperty("tablesmith.create-all")
    static CreateAllOnStartup tablesmithCreateAll() {
        return new CreateAllOnStartup();
    }

    /** The per-request context, in servlet web applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnBooleanProperty(name = "tablesmith.filter.enabled", matchIfMissing = true)
    static class FilterConfiguration {
        @Bean
        @ConditionalOnMissingFilterBean(TablesmithFilter.class)
        FilterRegistrationBean<TablesmithFilter> tablesmithFilter(Database db, TablesmithProperties properties,
                ObjectProvider<TablesmithFilterCustomizer> customizers) {
            TablesmithFilter filter = new TablesmithFilter(db);
            for (TablesmithFilterCustomizer customizer : customizers.orderedStream().toList()) {
                filter = customizer.customize(filter);
            }
            FilterRegistrationBean<TablesmithFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setName("tablesmithFilter");
            registration.setOrder(properties.getFilter().getOrder());
            registration.setUrlPatterns(properties.getFilter().getUrlPatterns());
            return registration;
        }

        /** Just inside the request filter, so that what the application sends waits for the commit. */
        @Bean
        FilterRegistrationBean<FlushDeferringFilter> tablesmithFlushDeferringFilter(TablesmithProperties properties) {
            FilterRegistrationBean<FlushDeferringFilter> registration =
                    new FilterRegistrationBean<>(new FlushDeferringFilter());
            registration.setName("tablesmithFlushDeferringFilter");
            registration.setOrder(properties.getFilter().getOrder() + 1);
            registration.setUrlPatterns(properties.getFilter().getUrlPatterns());
            return registration;
        }
    }

    /** Spring MVC: {@code Pagination} arguments, {@code NotFoundException} as a 404, the work ended before a body. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer")
    static class WebMvcConfiguration {
        @Bean
        TablesmithWebMvcConfigurer tablesmithWebMvcConfigurer(TablesmithProperties properties) {
            return new TablesmithWebMvcConfigurer(properties.getPagination().getMaxPerPage());
        }

        @Bean
        EndWorkBeforeBody tablesmithEndWorkBeforeBody() {
            return new EndWorkBeforeBody();
        }
    }
}

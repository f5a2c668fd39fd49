package dev.tablesmith.spring.boot;

import dev.tablesmith.Database;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the models' missing tables ({@link Database#createAll()}) of every {@code Database} bean the moment it is
 * built, whether auto-configured or the application's own, so that no bean that uses it, the request filter started
 * with the embedded server included, sees the database without its tables.
 */
final class CreateAllOnStartup implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Database db) {
            db.createAll();
        }
        return bean;
    }
}

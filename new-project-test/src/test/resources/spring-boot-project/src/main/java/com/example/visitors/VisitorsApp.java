package com.example.visitors;

import dev.tablesmith.Database;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class VisitorsApp {
    public static void main(String[] args) {
        SpringApplication.run(VisitorsApp.class, args);
    }

    @Bean
    VisitorDao visitorDao(Database db) {
        return new VisitorDao(db);
    }

    /** Says where the Database bean was built: the request filter needs it while the embedded Tomcat starts. */
    @Bean
    static BeanPostProcessor databaseReport() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Database) {
                    boolean tomcatStarting = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                            frame -> frame.getClassName().startsWith("org.apache.catalina.core.StandardContext")));
                    System.out.println("Database built: while Tomcat starts=" + tomcatStarting
                            + ", context class loader=" + Thread.currentThread().getContextClassLoader().getClass()
                                    .getName()
                            + ", models loaded by=" + Visitor.class.getClassLoader().getClass().getName());
                }
                return bean;
            }
        };
    }
}

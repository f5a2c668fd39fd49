package dev.tablesmith.spring.boot.test;

import dev.tablesmith.Context;
import dev.tablesmith.Database;
import dev.tablesmith.Teardown;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Opens a context that rolls back before each test marked {@link TablesmithRollback}, and closes it after the test.
 * Registered with Spring's default listeners ({@code META-INF/spring.factories}), and inert for tests without the
 * annotation. It runs where Spring's transaction listener does, before the {@code @BeforeEach} methods and after the
 * {@code @AfterEach} ones, on the test's thread.
 */
public class TablesmithRollbackTestExecutionListener implements TestExecutionListener, Ordered {
    /** After Spring's {@code TransactionalTestExecutionListener} (4000), before its {@code @Sql} scripts (5000). */
    public static final int ORDER = 4500;

    private static final String CONTEXT = TablesmithRollbackTestExecutionListener.class.getName() + ".context";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!rollsBack(testContext)) {
            return;
        }
        Database db;
        try {
            db = testContext.getApplicationContext().getBean(Database.class);
        } catch (NoSuchBeanDefinitionException e) {
            throw new IllegalStateException("@TablesmithRollback on " + testContext.getTestClass().getName()
                    + " needs a Database bean in the test's application context (tablesmith-spring-boot's "
                    + "auto-configuration makes one, or define your own)", e);
        }
        testContext.setAttribute(CONTEXT, db.openContext(Teardown.ROLLBACK));
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.removeAttribute(CONTEXT) instanceof Context context) {
            context.close();
        }
    }

    private static boolean rollsBack(TestContext testContext) {
        TablesmithRollback annotation = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(),
                TablesmithRollback.class);
        if (annotation == null) {
            annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
                    TablesmithRollback.class);
        }
        return annotation != null && annotation.value();
    }
}

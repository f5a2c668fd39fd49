package dev.tablesmith.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs each test of a Spring test class (or one test method) in a context of the application's {@code Database}
 * that always rolls back, as Spring's {@code @Transactional} does for JDBC: the test, its {@code @BeforeEach} and
 * {@code @AfterEach} methods, and everything they call share that context, and the database is left as it was.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockMvc
 * @TablesmithRollback
 * class TodoControllerTest { ... }
 * }</pre>
 *
 * <p>Requests sent through {@code MockMvc} run on the test's thread, so the request filter's context joins the test's
 * inside a savepoint: the test sees what the request committed, a request that fails undoes only its own work, and
 * all of it is rolled back after the test. Requests to a real server ({@code webEnvironment = RANDOM_PORT}) run on
 * the server's threads and commit for real, as with {@code @Transactional}; so does {@code db.inNewContext(...)}.
 * {@code @TablesmithRollback(false)} on a method turns it off for that test.
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TablesmithRollback {
    /** Whether the test runs in a context that rolls back. */
    boolean value() default true;
}

package dev.tablesmith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every wait of a Database has a bound: no timeout may be zero, negative or shorter than its driver allows. */
class TimeoutsTest {

    @Test
    void everyTimeoutMustBePositive() {
        for (String setting : new String[] {"connectTimeout", "acquireTimeout", "statementTimeout", "lockTimeout",
                "socketTimeout"}) {
            ConfigurationException zero = assertThrows(ConfigurationException.class,
                    () -> Timeouts.DEFAULTS.with(setting, Duration.ZERO));
            assertTrue(zero.getMessage().startsWith(setting + " must be positive"), zero.getMessage());
            assertThrows(ConfigurationException.class, () -> Timeouts.DEFAULTS.with(setting, Duration.ofSeconds(-1)));
        }
    }

    @Test
    void theAcquireTimeoutHasHikarisMinimum() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Timeouts.DEFAULTS.with("acquireTimeout", Duration.ofMillis(100)));
        assertTrue(e.getMessage().contains("250 ms"), e.getMessage());
    }

    @Test
    void theSocketTimeoutFollowsTheStatementTimeoutUnlessSetAndMustExceedIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Database.builder().inMemory()
                .statementTimeout(Duration.ofSeconds(30)).socketTimeout(Duration.ofSeconds(5)).build());
        assertTrue(e.getMessage().contains("socketTimeout (5 s) must be longer than statementTimeout (30 s)"),
                e.getMessage());
        try (Database db = Database.builder().inMemory().statementTimeout(Duration.ofMinutes(5)).build()) {
            assertEquals(Duration.ofMinutes(5), db.bind(Database.DEFAULT_BIND).timeouts().statement());
            assertEquals(Duration.ofMinutes(5).plusSeconds(10), db.bind(Database.DEFAULT_BIND).timeouts().socket());
        }
    }

    @Test
    void driversThatCountInSecondsNeverGetZero() {
        assertEquals(1, Timeouts.seconds(Duration.ofMillis(1)));
        assertEquals(2, Timeouts.seconds(Duration.ofMillis(1500)));
        assertEquals("250 ms", Timeouts.describe(Duration.ofMillis(250)));
        assertEquals("10 s", Timeouts.describe(Duration.ofSeconds(10)));
    }
}

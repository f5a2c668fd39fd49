package dev.tablesmith;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds on every wait of a {@link Database}: nothing it does blocks longer than one of these, and each
 * timeout's error names the wait that ran out. Set them with {@link DatabaseBuilder}; {@link #DEFAULTS} are what a
 * web application usually wants.
 *
 * @param connect   opening a new connection: the TCP connect and the login handshake
 * @param acquire   waiting for a free connection of the pool
 * @param statement how long the database lets one statement run before it cancels it
 * @param lock      how long a statement waits for a row or table lock held by another transaction
 * @param socket    how long the driver waits for any answer from the server before it gives the connection up; a
 *                  frozen server or a dead network ends there. Longer than {@code statement}, so that a slow
 *                  statement ends with the database's own clear timeout error first
 */
public record Timeouts(Duration connect, Duration acquire, Duration statement, Duration lock, Duration socket) {
    /** 10 s to connect, to get a pooled connection and to get a lock; 30 s per statement; 40 s socket. */
    public static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(40));

    /** How much longer than the statement timeout the socket timeout is when only the former is set. */
    static final Duration SOCKET_MARGIN = Duration.ofSeconds(10);

    public Timeouts {
        positive("connectTimeout", connect);
        positive("acquireTimeout", acquire);
        positive("statementTimeout", statement);
        positive("lockTimeout", lock);
        positive("socketTimeout", socket);
        if (acquire.toMillis() < 250) {
            throw new ConfigurationException("acquireTimeout must be at least 250 ms (HikariCP's minimum), was "
                    + acquire.toMillis() + " ms");
        }
    }

    /** These timeouts with one changed, by the name of its builder setting. */
    Timeouts with(String setting, Duration value) {
        return switch (setting) {
            case "connectTimeout" -> new Timeouts(value, acquire, statement, lock, socket);
            case "acquireTimeout" -> new Timeouts(connect, value, statement, lock, socket);
            case "statementTimeout" -> new Timeouts(connect, acquire, value, lock, socket);
            case "lockTimeout" -> new Timeouts(connect, acquire, statement, value, socket);
            case "socketTimeout" -> new Timeouts(connect, acquire, statement, lock, value);
            default -> throw new IllegalArgumentException(setting);
        };
    }

    private static void positive(String setting, Duration value) {
        Objects.requireNonNull(value, setting);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationException(setting + " must be positive, was " + value
                    + "; every wait of a Database has a bound");
        }
    }

    /** {@code value} in whole seconds, rounded up, at least 1: what drivers that count in seconds need. */
    static long seconds(Duration value) {
        return Math.max(1, (value.toMillis() + 999) / 1000);
    }

    /** A duration for messages: {@code 250 ms}, {@code 10 s}. */
    static String describe(Duration value) {
        long millis = value.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}

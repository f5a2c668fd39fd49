package dev.tablesmith.exampleweb.load;

import java.time.Duration;

/**
 * What a load run does, from system properties ({@code -Dload.rounds=6} …). {@code -Dload.smoke=true} is the short
 * run CI makes through a test: one small round per service, to prove the run works, measuring nothing.
 *
 * @param url          the PostgreSQL database ({@code load.url}, else {@code TABLESMITH_POSTGRES_URL}, else the local
 *                     {@code test} database); {@code user} and {@code password} likewise
 * @param clients      concurrent clients, each sending one request at a time ({@code load.clients}, 64)
 * @param rounds       measured rounds; each runs both services, in alternating order ({@code load.rounds}, 10)
 * @param requests     requests per service and round ({@code load.requests}, 5,000)
 * @param warmup       requests per service before the first round, not measured ({@code load.warmup}, 20,000)
 * @param poolSize     connections in each service's pool ({@code load.poolSize}, 10, Tablesmith's default)
 * @param users        seeded users ({@code load.users}, 200)
 * @param todosPerUser seeded todos per user ({@code load.todosPerUser}, 30)
 * @param roundTimeout the bound on one service's turn in a round ({@code load.roundTimeout}, in seconds, 300)
 */
record LoadOptions(String url, String user, String password, int clients, int rounds, int requests, int warmup,
        int poolSize, int users, int todosPerUser, Duration roundTimeout) {

    static LoadOptions fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("load.smoke");
        return new LoadOptions(
                property("load.url", env("TABLESMITH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test")),
                property("load.user", env("TABLESMITH_POSTGRES_USER", "postgres")),
                property("load.password", env("TABLESMITH_POSTGRES_PASSWORD", "")),
                Integer.getInteger("load.clients", 64),
                Integer.getInteger("load.rounds", smoke ? 1 : 10),
                Integer.getInteger("load.requests", smoke ? 1_000 : 5_000),
                Integer.getInteger("load.warmup", smoke ? 200 : 20_000),
                Integer.getInteger("load.poolSize", 10),
                Integer.getInteger("load.users", smoke ? 20 : 200),
                Integer.getInteger("load.todosPerUser", 30),
                Duration.ofSeconds(Integer.getInteger("load.roundTimeout", smoke ? 60 : 300)));
    }

    LoadOptions {
        if (clients < 1 || rounds < 1 || requests < clients || warmup < 0 || poolSize < 1 || users < 1
                || todosPerUser < 21) {
            throw new IllegalArgumentException("load options out of range: at least 1 client, 1 round, a request "
                    + "per client, 1 connection, 1 user and 21 todos per user (two pages of 20) are needed; got "
                    + clients + " clients, " + rounds + " rounds, " + requests + " requests, " + poolSize
                    + " connections, " + users + " users, " + todosPerUser + " todos per user");
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d clients, %d round%s of %,d requests per service after %,d "
                + "warm-up requests each, pools of %d connections, %,d users with %d todos each",
                clients, rounds, rounds == 1 ? "" : "s", requests, warmup, poolSize, users, todosPerUser);
    }
}

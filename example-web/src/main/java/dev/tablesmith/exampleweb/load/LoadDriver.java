package dev.tablesmith.exampleweb.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one service with concurrent clients over real HTTP on the loopback interface. Each client sends one request
 * at a time, drawn from a fixed mix by a random generator seeded by the round and the client, so that both services
 * get the same requests in a round. Every wait is bounded: a request by its timeout, a turn by its deadline.
 */
final class LoadDriver implements AutoCloseable {
    /** The mix, in percent of requests, and the status each kind must get. */
    enum Kind {
        READ_TODO(35, 200, "GET /todos/{id}"),
        READ_PAGE(35, 200, "GET /users/{id}/todos?page=1 or 2&per_page=20"),
        CREATE(20, 201, "POST /users/{id}/todos"),
        UPDATE(5, 200, "PATCH /todos/{id} (done)"),
        FAIL_HALF_WAY(5, 409, "POST /users with three todos, the third repeating the first: fails half-way with 409");

        final int percent;
        final int status;
        final String description;

        Kind(int percent, int status, String description) {
            this.percent = percent;
            this.status = status;
            this.description = description;
        }

        static Kind draw(SplittableRandom random) {
            int dice = random.nextInt(100);
            for (Kind kind : values()) {
                dice -= kind.percent;
                if (dice < 0) {
                    return kind;
                }
            }
            throw new AssertionError("the shares add up to 100");
        }
    }

    /**
     * One service's turn.
     *
     * @param latencies  every answered request's latency in nanoseconds, sorted
     * @param failed     requests that failed on purpose and were answered as they should be (409)
     * @param unexpected requests answered with another status than their kind's, not answered, or not sent
     * @param samples    a few of the unexpected answers, to say what went wrong
     */
    record Turn(int requests, long nanos, long[] latencies, long failed, long unexpected, List<String> samples) {

        double perSecond() {
            return requests * 1e9 / nanos;
        }

        double percentileMillis(double percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final LoadOptions options;

    LoadDriver(LoadOptions options) {
        this.options = options;
    }

    /** Sends {@code requests} requests to the service at {@code base} from the clients, within {@code timeout}. */
    Turn drive(URI base, int round, int requests, Duration timeout) throws InterruptedException {
        int clients = options.clients();
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        List<Future<long[]>> results = new ArrayList<>(clients);
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int client = 0; client < clients; client++) {
                int share = requests / clients + (client < requests % clients ? 1 : 0);
                SplittableRandom random = new SplittableRandom(round * 1_000_003L + client);
                String tag = round + "-" + client;
                results.add(pool.submit(
                        () -> run(base, tag, share, random, deadline, sent, failed, unexpected, samples)));
            }
            pool.shutdown();
            if (!pool.awaitTermination(timeout.toNanos() + REQUEST_TIMEOUT.toNanos() * 2, TimeUnit.NANOSECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("the clients did not stop within their bounds");
            }
        }
        long nanos = System.nanoTime() - started;
        List<long[]> latencies = new ArrayList<>(clients);
        for (Future<long[]> result : results) {
            try {
                latencies.add(result.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        long unsent = requests - sent.get();
        if (unsent > 0) {
            unexpected.addAndGet(unsent);
            sample(samples, unsent + " requests not sent: the turn ran out of time");
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Turn(requests, nanos, all, failed.get(), unexpected.get(), List.copyOf(samples));
    }

    /** One client's requests, one after the other; returns the latencies of those answered. */
    private long[] run(URI base, String tag, int share, SplittableRandom random, long deadline, AtomicLong sent,
            AtomicLong failed, AtomicLong unexpected, List<String> samples) throws InterruptedException {
        long[] latencies = new long[share];
        int answered = 0;
        for (int i = 0; i < share && System.nanoTime() < deadline; i++) {
            Kind kind = Kind.draw(random);
            HttpRequest request = request(base, kind, random, tag + "-" + i);
            sent.incrementAndGet();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                latencies[answered++] = System.nanoTime() - start;
                if (response.statusCode() != kind.status) {
                    unexpected.incrementAndGet();
                    sample(samples, kind + " " + request.uri().getPath() + " answered " + response.statusCode()
                            + ": " + response.body());
                } else if (kind == Kind.FAIL_HALF_WAY) {
                    failed.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                unexpected.incrementAndGet();
                sample(samples, kind + " " + request.uri().getPath() + " failed: " + e);
            }
        }
        return Arrays.copyOf(latencies, answered);
    }

    private HttpRequest request(URI base, Kind kind, SplittableRandom random, String unique) {
        long user = 1 + random.nextInt(options.users());
        long todo = 1 + random.nextInt(options.users() * options.todosPerUser());
        return switch (kind) {
            case READ_TODO -> get(base, "/todos/" + todo);
            case READ_PAGE -> get(base, "/users/" + user + "/todos?page=" + (1 + random.nextInt(2)) + "&per_page=20");
            case CREATE -> send(base, "POST", "/users/" + user + "/todos", "{\"title\":\"load " + unique + "\"}");
            case UPDATE -> send(base, "PATCH", "/todos/" + todo, "{\"done\":" + random.nextBoolean() + "}");
            case FAIL_HALF_WAY -> send(base, "POST", "/users", "{\"username\":\"" + LoadFixture.DOOMED + unique
                    + "\",\"todos\":[\"" + LoadFixture.DOOMED + "a\",\"" + LoadFixture.DOOMED + "b\",\""
                    + LoadFixture.DOOMED + "a\"]}");
        };
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static HttpRequest send(URI base, String method, String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Override
    public void close() {
        http.close();
    }

    private static void sample(List<String> samples, String what) {
        if (samples.size() < 5) {
            samples.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        }
    }
}

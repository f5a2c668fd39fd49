package dev.tablesmith.it.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 between a driver and a database server, for simulating a server that stops answering:
 * {@link #freeze()} holds every byte in both directions while keeping the connections open, as a hung server or a
 * dead network path does; a {@linkplain #silent() silent} proxy accepts connections and never answers at all. It only
 * ever listens and connects on the loopback address, and every wait in it ends within {@link #MAX_FREEZE_MILLIS} or
 * when the proxy closes.
 */
public final class FreezingProxy implements AutoCloseable {
    /** The longest a frozen byte is held, so that a forgotten proxy cannot keep a test's threads forever. */
    static final long MAX_FREEZE_MILLIS = 120_000;

    private final ServerSocket server;
    private final int targetPort;
    private final boolean silent;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;
    /** Bytes still to forward towards the server before freezing, or {@link Long#MAX_VALUE}: not armed. */
    private final java.util.concurrent.atomic.AtomicLong untilFreeze = new java.util.concurrent.atomic.AtomicLong(
            Long.MAX_VALUE);
    private volatile boolean closed;

    private FreezingProxy(int targetPort, boolean silent) {
        this.targetPort = targetPort;
        this.silent = silent;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("freezing-proxy-accept").start(this::accept);
    }

    /** A proxy forwarding to {@code port} on 127.0.0.1 until frozen. */
    public static FreezingProxy to(int port) {
        return new FreezingProxy(port, false);
    }

    /** A server that accepts TCP connections and never sends a byte: a login that never completes. */
    public static FreezingProxy silent() {
        return new FreezingProxy(0, true);
    }

    /** The port the proxy listens on, on 127.0.0.1. */
    public int port() {
        return server.getLocalPort();
    }

    /** Stops forwarding in both directions; connections stay open, as with a hung server. */
    public void freeze() {
        frozen = true;
    }

    /**
     * Freezes once {@code bytes} more bytes went towards the server: a server that hangs in the middle of receiving a
     * statement's data, so that the driver is left writing rather than waiting for an answer.
     */
    public void freezeAfterSending(long bytes) {
        untilFreeze.set(bytes);
    }

    /** Forwards again, including what was held. */
    public void thaw() {
        frozen = false;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                if (silent) {
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(upstream);
                pump(client, upstream, "up", untilFreeze);
                pump(upstream, client, "down", null);
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("[freezing-proxy] " + e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, String direction, java.util.concurrent.atomic.AtomicLong countdown) {
        Thread.ofPlatform().daemon().name("freezing-proxy-" + direction).start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    holdWhileFrozen();
                    out.write(buffer, 0, read);
                    out.flush();
                    if (countdown != null && countdown.get() != Long.MAX_VALUE && countdown.addAndGet(-read) <= 0) {
                        countdown.set(Long.MAX_VALUE);
                        frozen = true;
                    }
                }
            } catch (IOException e) {
                // One side went away: the other follows.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private void holdWhileFrozen() {
        long deadline = System.currentTimeMillis() + MAX_FREEZE_MILLIS;
        while (frozen && !closed && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing anyway.
        }
    }
}

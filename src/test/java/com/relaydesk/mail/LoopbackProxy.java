package com.relaydesk.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on loopback in front of a server port: each client connection gets its own
 * connection to the server, and the proxy that uses this one says what passes each way. One side
 * closing (or a direction ending) closes both.
 */
public final class LoopbackProxy implements AutoCloseable {

    /** What passes each way on a new client connection. */
    public interface Connections {
        /** @param client the client's socket, for a proxy that answers the client itself */
        Directions opened(Socket client) throws IOException;
    }

    /** The two directions of one connection. */
    public record Directions(Copy toServer, Copy toClient) {
    }

    /** One direction of a connection: reads {@code in} until the end or until it cuts the connection. */
    public interface Copy {
        void copy(InputStream in, OutputStream out) throws IOException;
    }

    /** Looks at a chunk before it passes; false cuts the connection there. */
    public interface Chunk {
        boolean passes(byte[] buffer, int length);
    }

    /** Passes everything unchanged. */
    public static final Copy UNCHANGED = chunks((buffer, length) -> true);

    private final ServerSocket listener;
    private final int targetPort;
    private final Connections connections;
    private final ExecutorService pool = Executors.newCachedThreadPool();

    public LoopbackProxy(int targetPort, Connections connections) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.connections = connections;
        pool.submit(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Copies chunks as they arrive, each shown to {@code chunk} first. */
    public static Copy chunks(Chunk chunk) {
        return (in, out) -> {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!chunk.passes(buffer, n)) {
                    return;  // the cut
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        };
    }

    /** Runs {@code copy} from {@code from} to {@code to} on the proxy's threads; when it ends both sockets close. */
    private void relay(Socket from, Socket to, Copy copy) {
        pool.submit(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                copy.copy(in, out);
            } catch (IOException ignored) {
                // One side closed: close the other below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                Directions directions = connections.opened(client);
                relay(client, server, directions.toServer());
                relay(server, client, directions.toClient());
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pool.shutdownNow();
    }
}

package com.relaydesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy in front of an IMAP server that writes down the command names each client
 * connection sends (SELECT, EXAMINE, LIST, ...): what a sync costs in round trips, and on which
 * connection, observed on the wire instead of asked of the code.
 */
public final class CommandRecordingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<String>> connections = new CopyOnWriteArrayList<>();

    public CommandRecordingProxy(int targetPort) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        pool.submit(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Each connection so far, in order of arrival, with the command names it sent. */
    public List<List<String>> connections() {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> c : connections) {
            copy.add(List.copyOf(c));
        }
        return copy;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                List<String> commands = new CopyOnWriteArrayList<>();
                connections.add(commands);
                pool.submit(() -> pump(client, server, commands));
                pool.submit(() -> pump(server, client, null));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, List<String> commands) {
        byte[] buf = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long literal = 0;  // bytes of a client literal still to come: message text, not commands
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                if (commands != null) {
                    for (int i = 0; i < n; i++) {
                        if (literal > 0) {
                            literal--;
                            continue;
                        }
                        line.write(buf[i]);
                        if (buf[i] == '\n') {
                            literal = record(line.toString(StandardCharsets.ISO_8859_1), commands);
                            line.reset();
                        }
                    }
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // One side closed: close the other below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Notes a command line's name; returns the size of a literal that follows it, if any. */
    private static long record(String line, List<String> commands) {
        String[] words = line.trim().split(" ");
        if (words.length >= 2 && words[0].matches("[A-Za-z]+[0-9]+")) {
            String name = words[1].toUpperCase(Locale.ROOT);
            commands.add(name.equals("UID") && words.length >= 3 ? "UID " + words[2].toUpperCase(Locale.ROOT) : name);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)\\+?}\\s*$").matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
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

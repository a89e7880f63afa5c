package com.relaydesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback IMAP proxy that makes a server behave as Microsoft 365 and Exchange do towards custom
 * keywords ({@link Mode}): the {@code \*} is taken out of every PERMANENTFLAGS, and a STORE that adds
 * a keyword is answered {@code NO} without reaching the server. Everything else passes through unchanged,
 * line by line (literals pass as bytes). A stand-in only for what cannot run here: there is no
 * Exchange on this machine, and GreenMail keeps any keyword.
 */
public final class KeywordRefusingProxy implements AutoCloseable {

    private static final Pattern STORE_KEYWORD = Pattern.compile(
            "^(\\S+) (?:UID )?STORE \\S+ (?:\\([^)]*\\) )?\\+FLAGS(?:\\.SILENT)? \\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private final ServerSocket listener;
    private final int targetPort;
    private final Mode mode;
    private final AtomicInteger refusedStores = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    /** How the server in front of which the proxy sits should seem to behave. */
    public enum Mode {
        /** PERMANENTFLAGS without {@code \*}, and keyword STOREs answered NO: Microsoft 365 and Exchange. */
        NO_KEYWORDS,
        /** PERMANENTFLAGS with {@code \*}, yet keyword STOREs answered NO: a server that says one thing and does another. */
        REFUSES_STORE,
        /** No PERMANENTFLAGS at all (RFC 3501: then every flag is permanent), STOREs pass: keywords work. */
        NO_PERMANENT_FLAGS
    }

    public KeywordRefusingProxy(int targetPort, Mode mode) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.mode = mode;
        pool.submit(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many keyword STOREs were answered NO (ones never sent because of PERMANENTFLAGS are not counted). */
    public int refusedStores() {
        return refusedStores.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                OutputStream toClient = client.getOutputStream();
                pool.submit(() -> fromClient(client, server, toClient));
                pool.submit(() -> fromServer(server, client, toClient));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void fromClient(Socket client, Socket server, OutputStream toClient) {
        try (InputStream in = new java.io.BufferedInputStream(client.getInputStream()); OutputStream out = server.getOutputStream()) {
            for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                Matcher m = STORE_KEYWORD.matcher(new String(line, StandardCharsets.ISO_8859_1));
                if (mode != Mode.NO_PERMANENT_FLAGS && m.find() && hasKeyword(m.group(2))) {
                    refusedStores.incrementAndGet();
                    synchronized (toClient) {
                        toClient.write((m.group(1) + " NO [CANNOT] Keywords are not supported\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                    }
                    continue;
                }
                out.write(line);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private void fromServer(Socket server, Socket client, OutputStream toClient) {
        try (InputStream in = new java.io.BufferedInputStream(server.getInputStream())) {
            for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                String text = new String(line, StandardCharsets.ISO_8859_1);
                if (mode == Mode.NO_PERMANENT_FLAGS && text.contains("[PERMANENTFLAGS (")) {
                    continue;
                }
                if (mode == Mode.NO_KEYWORDS && text.contains("[PERMANENTFLAGS (")) {
                    line = text.replace(" \\*", "").replace("\\* ", "").replace("(\\*)", "()")
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                synchronized (toClient) {
                    toClient.write(line);
                    toClient.flush();
                }
            }
        } catch (IOException ignored) {
            // one side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static boolean hasKeyword(String flags) {
        for (String flag : flags.trim().split(" ")) {
            if (!flag.isEmpty() && !flag.startsWith("\\")) {
                return true;
            }
        }
        return false;
    }

    /** One line with its CRLF, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pool.shutdownNow();
    }
}

package com.relaydesk.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    private final Mode mode;
    private final AtomicInteger refusedStores = new AtomicInteger();
    private final LoopbackProxy proxy;

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
        this.mode = mode;
        this.proxy = new LoopbackProxy(targetPort, client -> {
            OutputStream toClient = client.getOutputStream();
            return new LoopbackProxy.Directions((in, out) -> fromClient(new BufferedInputStream(in), out, toClient),
                    (in, out) -> fromServer(new BufferedInputStream(in), toClient));
        });
    }

    public int port() {
        return proxy.port();
    }

    /** How many keyword STOREs were answered NO (ones never sent because of PERMANENTFLAGS are not counted). */
    public int refusedStores() {
        return refusedStores.get();
    }

    private void fromClient(InputStream in, OutputStream out, OutputStream toClient) throws IOException {
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
    }

    private void fromServer(InputStream in, OutputStream toClient) throws IOException {
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

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}

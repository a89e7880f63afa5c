package com.relaydesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of an IMAP server that writes down the command names each client
 * connection sends (SELECT, EXAMINE, LIST, ...): what a sync costs in round trips, and on which
 * connection, observed on the wire instead of asked of the code.
 */
public final class CommandRecordingProxy implements AutoCloseable {

    private final List<List<String>> connections = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<java.net.Socket> clients = new CopyOnWriteArrayList<>();
    private final LoopbackProxy proxy;

    public CommandRecordingProxy(int targetPort) throws IOException {
        this.proxy = new LoopbackProxy(targetPort, client -> {
            CommandReader commands = new CommandReader(opened);
            connections.add(commands.names);
            clients.add(client);
            return new LoopbackProxy.Directions(LoopbackProxy.chunks(commands::passes), LoopbackProxy.UNCHANGED);
        });
    }

    public int port() {
        return proxy.port();
    }

    /** Each connection so far, in order of arrival, with the command names it sent. */
    public List<List<String>> connections() {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> c : connections) {
            copy.add(List.copyOf(c));
        }
        return copy;
    }

    /** Every folder opened so far, on any connection, as "EXAMINE INBOX" or "SELECT Sent", in order. */
    public List<String> opened() {
        return List.copyOf(opened);
    }

    /** Cuts every connection made so far, as a network failure would; later ones pass again. */
    public void cutAll() throws IOException {
        for (java.net.Socket client : clients) {
            client.close();
        }
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }

    /** Reads what one client sends, line by line, skipping literals (message text, not commands). */
    private static final class CommandReader {
        final List<String> names = new CopyOnWriteArrayList<>();
        private final List<String> opened;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private long literal = 0;  // bytes of a client literal still to come

        CommandReader(List<String> opened) {
            this.opened = opened;
        }

        boolean passes(byte[] buf, int n) {
            for (int i = 0; i < n; i++) {
                if (literal > 0) {
                    literal--;
                    continue;
                }
                line.write(buf[i]);
                if (buf[i] == '\n') {
                    literal = record(line.toString(StandardCharsets.ISO_8859_1));
                    line.reset();
                }
            }
            return true;
        }

        /** Notes a command line's name; returns the size of a literal that follows it, if any. */
        private long record(String text) {
            String[] words = text.trim().split(" ");
            if (words.length >= 2 && words[0].matches("[A-Za-z]+[0-9]+")) {
                String name = words[1].toUpperCase(Locale.ROOT);
                names.add(name.equals("UID") && words.length >= 3 ? "UID " + words[2].toUpperCase(Locale.ROOT) : name);
                if ((name.equals("EXAMINE") || name.equals("SELECT")) && words.length >= 3) {
                    opened.add(name + " " + words[2].replace("\"", ""));
                }
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)\\+?}\\s*$").matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }
}

package com.relaydesk.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail program is sent on every open of a folder: the keyword names of the untagged FLAGS
 * and {@code [PERMANENTFLAGS (...)]} answers to SELECT, read over a plain socket so nothing in
 * between filters them. The names are what grows when each claim or reply creates a new keyword.
 */
public final class SelectedKeywords {

    private static final Pattern LIST = Pattern.compile("(?:^\\* FLAGS|\\[PERMANENTFLAGS) \\(([^)]*)\\)");

    private SelectedKeywords() {
    }

    /** The keywords (names without a backslash) FLAGS and PERMANENTFLAGS list for the folder. */
    public static Set<String> of(int port, String user, String password, String folder) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine(); // greeting
            send(out, "a LOGIN " + user + " " + password);
            until(in, "a ", null);
            send(out, "b SELECT " + folder);
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            until(in, "b ", names);
            send(out, "c LOGOUT");
            return names;
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void until(BufferedReader in, String tag, Set<String> names) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (names != null) {
                Matcher m = LIST.matcher(line);
                if (m.find()) {
                    for (String name : m.group(1).split(" ")) {
                        if (!name.isBlank() && !name.startsWith("\\")) {
                            names.add(name);
                        }
                    }
                }
            }
            if (line.startsWith(tag)) {
                if (!line.startsWith(tag + "OK")) {
                    throw new IOException("the server said: " + line);
                }
                return;
            }
        }
        throw new IOException("the server closed the connection");
    }
}

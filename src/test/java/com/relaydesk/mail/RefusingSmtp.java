package com.relaydesk.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server on loopback that refuses every recipient for good ({@code 550 5.1.1}), as a mail
 * server does for an address it will never accept. GreenMail accepts everything, so it cannot.
 * One connection at a time on one thread, which {@link #close()} ends.
 */
public final class RefusingSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    public RefusingSmtp() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
                OutputStream out = client.getOutputStream();
                say(out, "220 refusing.test ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                    switch (verb) {
                        case "RCPT" -> say(out, "550 5.1.1 This recipient does not exist");
                        case "QUIT" -> {
                            say(out, "221 bye");
                            return;
                        }
                        default -> say(out, "250 ok");
                    }
                }
            } catch (IOException closedOrGone) {
                // close() ends accept(); a client that hung up ends its session
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(5_000);
    }
}

package com.relaydesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * SMTP with STARTTLS on loopback, which GreenMail does not offer: this front greets the client,
 * offers STARTTLS, does the TLS handshake with the key it is given (a self-signed one, as a small
 * business's own server has), and then passes the encrypted session's bytes to GreenMail's plain
 * SMTP port — whose own greeting it swallows, as the client had the front's already.
 */
public final class SmtpStartTlsFront implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final SSLContext tls;
    private final ExecutorService pool = Executors.newCachedThreadPool();

    public SmtpStartTlsFront(int targetPort, KeyStore key, char[] keyPassword) throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(key, keyPassword);
        this.tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                pool.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            write(out, "220 localhost ESMTP front");
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    write(out, "250-localhost\r\n250 STARTTLS");
                } else if (command.equals("STARTTLS")) {
                    write(out, "220 go ahead");
                    relay((SSLSocket) tls.getSocketFactory().createSocket(client, null, true));
                    return;
                } else if (command.equals("QUIT")) {
                    write(out, "221 bye");
                    return;
                } else {
                    write(out, "530 STARTTLS first");
                }
            }
        } catch (IOException e) {
            // the client went away or refused the certificate: its business
        }
    }

    /** After the handshake: GreenMail's greeting swallowed, then bytes both ways until one side closes. */
    private void relay(SSLSocket secure) throws IOException {
        secure.setUseClientMode(false);
        try (secure; Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            secure.startHandshake();
            line(server.getInputStream());
            pool.submit(() -> copy(server, secure));
            copy(secure, server);
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException ignored) {
            // one side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pool.shutdownNow();
    }
}

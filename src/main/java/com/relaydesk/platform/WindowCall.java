package com.relaydesk.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a second start of RelayDesk asks the open window to come to the front, instead of opening a
 * second window on the same data folder: a loopback socket that takes one line, "show" and the
 * secret written in the owner-only lock file, so only the same user's RelayDesk can call it.
 */
public final class WindowCall implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WindowCall.class.getName());
    private static final String PORT = "port";
    private static final String SECRET = "secret";

    private final ServerSocket server;
    private final String secret;

    private WindowCall(ServerSocket server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Listens for calls; {@code bringToFront} runs for each (on the listening thread). */
    public static WindowCall listen(Runnable bringToFront) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        WindowCall call = new WindowCall(server, HexFormat.of().formatHex(random));
        Thread listener = new Thread(() -> call.serve(bringToFront), "relaydesk-window-call");
        listener.setDaemon(true);
        listener.start();
        return call;
    }

    private void serve(Runnable bringToFront) {
        while (!server.isClosed()) {
            try (Socket caller = server.accept()) {
                caller.setSoTimeout(2000);
                String line = new BufferedReader(new InputStreamReader(caller.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (("show " + secret).equals(line)) {
                    bringToFront.run();
                    OutputStream out = caller.getOutputStream();
                    out.write("ok\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "a call to the window was not understood", e);
                }
            }
        }
    }

    /** What the lock file announces: where to call and with what. */
    public Properties reach() {
        Properties reach = new Properties();
        reach.setProperty(PORT, Integer.toString(server.getLocalPort()));
        reach.setProperty(SECRET, secret);
        return reach;
    }

    /** Asks the window announced in {@code reach} to come to the front; false when it did not answer. */
    public static boolean bringToFront(Properties reach, Duration wait) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(reach.getProperty(PORT, "-1"))), (int) wait.toMillis());
            socket.setSoTimeout((int) wait.toMillis());
            socket.getOutputStream().write(("show " + reach.getProperty(SECRET, "") + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return "ok".equals(answer);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

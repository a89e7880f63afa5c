package com.relaydesk.relay;

import com.relaydesk.platform.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Tells before starting, in one sentence, that a chosen port is taken. */
final class PortCheck {

    private PortCheck() {
    }

    static void ensureFree(String host, int port, String what) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new UserFacingException("The " + what + " port " + port + " on " + host
                    + " is already in use; choose another port (or 0 for any free one) or stop the program using it.", e);
        }
    }
}

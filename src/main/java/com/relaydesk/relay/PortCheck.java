package com.relaydesk.relay;

import com.relaydesk.platform.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Tells before starting, in one sentence, that an address cannot be used or a chosen port is taken. */
final class PortCheck {

    private PortCheck() {
    }

    static void ensureFree(String host, int port, String what) {
        if (!canBind(host, 0)) {
            throw new UserFacingException("The relay cannot listen on " + host + ": it is not an address of this "
                    + "computer. Use 127.0.0.1 (this computer only) or one of its network addresses.");
        }
        if (port != 0 && !canBind(host, port)) {
            throw new UserFacingException("The " + what + " port " + port + " on " + host
                    + " is already in use; choose another port (or 0 for any free one) or stop the program using it.");
        }
    }

    private static boolean canBind(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}

package com.relaydesk.mail;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy whose open connections can all be cut at once, as a server does when it
 * logs out a quiet session or a NAT gateway forgets it; connections made afterwards pass normally.
 */
public final class CuttableProxy implements AutoCloseable {

    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final LoopbackProxy proxy;

    public CuttableProxy(int targetPort) throws IOException {
        this.proxy = new LoopbackProxy(targetPort, client -> {
            clients.add(client);
            return new LoopbackProxy.Directions(LoopbackProxy.UNCHANGED, LoopbackProxy.UNCHANGED);
        });
    }

    public int port() {
        return proxy.port();
    }

    /** Closes every connection open now; returns how many there were. */
    public int cutAll() throws IOException {
        int cut = 0;
        for (Socket client : clients) {
            if (!client.isClosed()) {
                client.close();
                cut++;
            }
        }
        clients.clear();
        return cut;
    }

    @Override
    public void close() throws IOException {
        cutAll();
        proxy.close();
    }
}

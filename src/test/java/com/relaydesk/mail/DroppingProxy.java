package com.relaydesk.mail;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that cuts the connection once the server has sent {@code dropAfter}
 * bytes through it (across all connections): a network failure in the middle of a fetch.
 */
public final class DroppingProxy implements AutoCloseable {

    private final LoopbackProxy proxy;

    public DroppingProxy(int targetPort, long dropAfter) throws IOException {
        AtomicLong budget = new AtomicLong(dropAfter);
        LoopbackProxy.Directions directions = new LoopbackProxy.Directions(LoopbackProxy.UNCHANGED,
                LoopbackProxy.chunks((buffer, length) -> budget.addAndGet(-length) >= 0));
        this.proxy = new LoopbackProxy(targetPort, client -> directions);
    }

    public int port() {
        return proxy.port();
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}

package com.relaydesk.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of an IMAP server that, while armed, cuts any connection the
 * moment its client sends a {@code STORE}: the command never reaches the server, as when the
 * server or a NAT gateway has dropped the connection, and a fresh login fares no better.
 */
public final class StoreCuttingProxy implements AutoCloseable {

    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger cuts = new AtomicInteger();
    private final LoopbackProxy proxy;

    public StoreCuttingProxy(int targetPort) throws IOException {
        this.proxy = new LoopbackProxy(targetPort, client -> new LoopbackProxy.Directions(
                LoopbackProxy.chunks(this::passes), LoopbackProxy.UNCHANGED));
    }

    public int port() {
        return proxy.port();
    }

    /** While armed, every STORE cuts its connection. */
    public void armed(boolean on) {
        armed.set(on);
    }

    /** How many connections were cut so far. */
    public int cuts() {
        return cuts.get();
    }

    private boolean passes(byte[] buffer, int length) {
        if (armed.get() && new String(buffer, 0, length, StandardCharsets.US_ASCII).contains(" STORE ")) {
            cuts.incrementAndGet();
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}

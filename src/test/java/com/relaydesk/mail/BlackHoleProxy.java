package com.relaydesk.mail;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback TCP proxy whose open connections can all go silent at once, as when a NAT gateway or
 * router forgets them: nothing more passes either way, yet neither side is closed (no FIN, no RST),
 * so a client learns of it only when its read timeout runs out. Connections made afterwards pass
 * normally, as a fresh login through the gateway would.
 */
public final class BlackHoleProxy implements AutoCloseable {

    private final List<AtomicBoolean> open = new CopyOnWriteArrayList<>();
    private final LoopbackProxy proxy;

    public BlackHoleProxy(int targetPort) throws IOException {
        this.proxy = new LoopbackProxy(targetPort, client -> {
            AtomicBoolean silent = new AtomicBoolean();
            open.add(silent);
            return new LoopbackProxy.Directions(swallowedWhen(silent), swallowedWhen(silent));
        });
    }

    public int port() {
        return proxy.port();
    }

    /** Every connection open now stops passing anything, and stays open; returns how many there were. */
    public int silenceAll() {
        int silenced = 0;
        for (AtomicBoolean silent : open) {
            if (!silent.getAndSet(true)) {
                silenced++;
            }
        }
        open.clear();
        return silenced;
    }

    /** Copies until {@code silent}, then reads on and drops what it reads, so the sender never blocks or learns. */
    private static LoopbackProxy.Copy swallowedWhen(AtomicBoolean silent) {
        return (in, out) -> {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!silent.get()) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        proxy.close();
    }
}

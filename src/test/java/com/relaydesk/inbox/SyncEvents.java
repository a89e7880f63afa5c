package com.relaydesk.inbox;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A session listener that queues how each sync ended: {@code "synced"}, {@code "synced, older mail
 * stopped"}, {@code "stopped"} or {@code "failed: <message>"}, and {@code "not sent: <message>"} when
 * replies could not go out.
 */
public final class SyncEvents implements SessionListener {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void synced(Instant when) {
        events.add("synced");
    }

    @Override
    public void syncedOlderMailStopped(Instant when) {
        events.add("synced, older mail stopped");
    }

    @Override
    public void failed(String message) {
        events.add("failed: " + message);
    }

    @Override
    public void sendingFailed(String message) {
        events.add("not sent: " + message);
    }

    @Override
    public void syncStopped() {
        events.add("stopped");
    }

    /** The next outcome, or null when none came within {@code seconds}. */
    public String next(int seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** Forgets outcomes not read yet, so that {@link #next} answers for a sync started after this. */
    public void clear() {
        events.clear();
    }
}

package com.relaydesk.mail;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread stop a sync at the next safe point (between messages, never mid-batch). */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** @throws SyncCancelledException when {@link #cancel()} was called */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new SyncCancelledException();
        }
    }

    /** A token nobody cancels, for one-shot callers such as the CLI's verify. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}

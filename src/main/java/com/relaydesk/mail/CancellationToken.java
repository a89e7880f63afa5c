package com.relaydesk.mail;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets another thread stop a sync at the next safe point (between messages, never mid-batch). */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CancellationToken parent;

    public CancellationToken() {
        this(null);
    }

    /** A token that is also cancelled when {@code parent} is: one sync round of a session that may close. */
    public CancellationToken(CancellationToken parent) {
        this.parent = parent;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get() || parent != null && parent.isCancelled();
    }

    /** @throws SyncCancelledException when {@link #cancel()} was called, here or on the parent */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new SyncCancelledException();
        }
    }

    /** A token nobody cancels, for one-shot callers such as the CLI's verify. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}

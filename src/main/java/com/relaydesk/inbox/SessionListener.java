package com.relaydesk.inbox;

import java.time.Instant;

/** What a {@link MailboxSession} reports while it syncs and sends. Calls come on background threads. */
public interface SessionListener {

    /** Progress of a running sync; {@code total} is 0 when not yet known. */
    default void syncProgress(String folder, long done, long total) { }

    /**
     * A first sync stored the newest messages of each folder; older mail is still downloading, and
     * the lists show only what is complete until {@link #synced} (see {@code InboxState.SHOWN_FROM}).
     * Comes again after each round that brought part of the older mail (and any new mail) in.
     */
    default void newestSynced() { }

    /** A sync finished and the cache changed or was confirmed current. */
    default void synced(Instant when) { }

    /**
     * A sync finished, but a first sync's older mail waits: the person stopped it, and until they
     * sync again ({@link MailboxSession#syncNow}) only new mail and changes come. By default told as
     * {@link #synced}.
     */
    default void syncedOlderMailStopped(Instant when) {
        synced(when);
    }

    /** The person stopped the sync ({@link MailboxSession#stopSync}); what it stored stays. */
    default void syncStopped() { }

    /** The server could not be reached or refused us; the message says what the user can do. */
    default void failed(String message) { }

    /**
     * Replies could not go out (the SMTP server out of reach) though mail was read: they wait in the
     * outbox for the next sync. By default told as {@link #failed}.
     */
    default void sendingFailed(String message) {
        failed(message);
    }

    /** Replies waiting in the outbox, and replies that stopped (blocked or refused) and need the seller. */
    default void outboxCount(int waiting, int failed) { }

    /** Marks (No Response Needed, Report, read) made while the server could not be reached, waiting for it. */
    default void marksWaiting(int count) { }
}

package com.relaydesk.session;

import static com.relaydesk.session.SyncedMailboxSession.NO_RESPONSE_NEEDED;
import static com.relaydesk.session.SyncedMailboxSession.REPORTED;
import static com.relaydesk.session.SyncedMailboxSession.SEEN;

import com.relaydesk.inbox.SessionListener;
import com.relaydesk.inbox.TriageCommands;
import com.relaydesk.inbox.WaitingMark;
import com.relaydesk.mail.CancellationToken;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.MailSync;
import com.relaydesk.mail.SyncListener;
import com.relaydesk.store.AccountCache;
import com.relaydesk.store.LocalMarks;
import com.relaydesk.store.MessageLocations;
import com.relaydesk.store.PendingMarks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session's triage (No Response Needed, Report, read): each mark written to the cache's waiting
 * marks first, so the lists show it at once and a crash loses nothing, then set on the server by
 * {@link MarkPusher}. When the server cannot be reached the mark waits, and the next sync that
 * reaches it sets it there ({@link #pushWaiting}): triage goes on offline, as replies do in the outbox.
 */
final class SessionTriage implements TriageCommands {

    private static final Logger LOG = Logger.getLogger(SessionTriage.class.getName());

    private final AccountCache cache;
    private final MessageLocations locations;
    private final AuditTrail audit;
    private final LongSupplier profile;
    private final ServerCalls server;
    private final Runnable syncSoon;
    private final CancellationToken cancel;
    private final List<SessionListener> listeners;
    private final MarkPusher pusher;
    /** The last round or mark could not reach the server: marks wait without trying until a round succeeds. */
    private volatile boolean serverUnreachable;

    /**
     * @param profile   the id of the profile working now (read marks are per profile)
     * @param server    the session's sync connection
     * @param syncSoon  asks for a sync round in the background
     * @param listeners the session's listeners: they hear how many marks wait, and what the server refused
     */
    SessionTriage(AccountCache cache, MessageLocations locations, AuditTrail audit, LongSupplier profile,
            ServerCalls server, Runnable syncSoon, CancellationToken cancel, List<SessionListener> listeners) {
        this.cache = cache;
        this.locations = locations;
        this.audit = audit;
        this.profile = profile;
        this.server = server;
        this.syncSoon = syncSoon;
        this.cancel = cancel;
        this.listeners = listeners;
        this.pusher = new MarkPusher(cache, locations, refused -> listeners.forEach(l -> l.failed(refused)));
    }

    @Override
    public void markNoResponseNeeded(long messageId, boolean noResponseNeeded) {
        change(messageId, NO_RESPONSE_NEEDED, noResponseNeeded);
    }

    @Override
    public void markNoResponseNeeded(Collection<Long> messageIds, boolean noResponseNeeded) {
        changeAll(messageIds, NO_RESPONSE_NEEDED, noResponseNeeded);
    }

    @Override
    public void report(long messageId, boolean reported) {
        change(messageId, REPORTED, reported);
    }

    @Override
    public void markRead(long messageId, boolean read) {
        change(messageId, SEEN, read);
    }

    @Override
    public void markRead(Collection<Long> messageIds, boolean read) {
        changeAll(messageIds, SEEN, read);
    }

    @Override
    public List<WaitingMark> waitingMarks() {
        return cache.pendingMarks().listed();
    }

    @Override
    public void withdraw(WaitingMark mark) {
        cache.pendingMarks().dropped(List.of(new PendingMarks.Mark(mark.messageRow(), mark.flag(), mark.on())));
        locations.locate(mark.messageRow()).ifPresent(where -> audit.record(
                AuditTrail.WITHDREW + auditAction(mark.flag(), mark.on()), where.messageId(), "message " + mark.messageRow()));
        reportWaiting();
    }

    /** The seller's marks waiting for the server (read marks not counted). Reads the disk. */
    int waiting() {
        return cache.pendingMarks().count();
    }

    /**
     * A sync round's part, on its connection before the folders are synced: the waiting marks go to
     * the server. A lost connection fails the round; a mark the server refused is said and dropped,
     * and the round goes on.
     */
    void pushWaiting(MailBackend connected) {
        try {
            pusher.push(connected);
        } catch (MailException e) {
            if (e.retryable()) {
                throw e;
            }
            listeners.forEach(l -> l.failed(e.getMessage()));
        } finally {
            reportWaiting();
        }
    }

    /** A round synced its folders: the marks this desktop keeps go over what it stored, and the server was reached. */
    void roundSynced() {
        layMarksOver();
        serverUnreachable = false;
    }

    /** A round failed: {@code lostConnection} says whether the server was out of reach. */
    void roundFailed(boolean lostConnection) {
        serverUnreachable = lostConnection;
        reportWaiting(); // started offline, the round never reached the marks: what waits is still said
    }

    /** Sets or clears a flag on one message ({@link #mark}), recorded in the audit log. */
    private void change(long messageId, String flag, boolean on) {
        MessageLocations.Location where = locations.locate(messageId)
                .orElseThrow(() -> new IllegalStateException("The message is no longer in the cache; sync and try again."));
        mark(List.of(messageId), flag, on);
        if (!SEEN.equals(flag)) {
            audit.record(auditAction(flag, on), where.messageId(), "message " + messageId);
        }
    }

    /**
     * {@link #change} on many messages: one STORE per folder (and few hundred ranges), one sync, one
     * audit write (none for \Seen, which the audit log leaves out as {@link #change} does).
     */
    private void changeAll(Collection<Long> messageIds, String flag, boolean on) {
        List<String> messageIdsMarked = new ArrayList<>();
        for (long id : messageIds) {
            locations.locate(id).ifPresent(where -> messageIdsMarked.add(where.messageId()));
        }
        mark(messageIds, flag, on);
        if (!SEEN.equals(flag)) {
            audit.recordAll(auditAction(flag, on), messageIdsMarked.stream().filter(Objects::nonNull).toList(),
                    messageIdsMarked.size() + " messages at once");
        }
    }

    /**
     * Writes the marks to the cache's waiting marks, then sets them on the server and syncs the
     * folder. Blocks until the server answered or was not reached.
     */
    private void mark(Collection<Long> messageIds, String flag, boolean on) {
        if (SEEN.equals(flag)) {
            // the profile's own read state first: it is what this person's list shows, even offline
            cache.reads().markAll(profile.getAsLong(), messageIds, on);
        }
        if (!on && LocalMarks.supports(flag)) {
            cache.localMarks().markAll(messageIds, flag, false);
        }
        cache.pendingMarks().queue(messageIds, flag, on);
        if (serverUnreachable) {
            // Known to be out of reach: no wait for a connect to time out. A sync tries in the background.
            reportWaiting();
            syncSoon.run();
            return;
        }
        try {
            server.run(connected -> {
                for (String folder : pusher.push(connected)) {
                    connected.syncFolder(folder, cache.sync(), SyncListener.NONE, cancel, MailSync.NO_OLDER_MAIL);
                }
                layMarksOver();
            });
        } catch (MailException e) {
            if (!e.retryable()) {
                throw e;
            }
            // the next sync that reaches the server (IDLE's reconnect, Sync, the next start) sets them
            LOG.log(Level.INFO, "the server was not reached: the marks wait for the next sync", e);
            serverUnreachable = true;
        } finally {
            reportWaiting();
        }
    }

    /** The marks this desktop keeps (waiting for the server, or not shared by it) over what a sync stored. */
    private void layMarksOver() {
        cache.pendingMarks().reapply();
        cache.localMarks().reapply();
    }

    private void reportWaiting() {
        int count = waiting();
        listeners.forEach(l -> l.marksWaiting(count));
    }

    /** "noresponseneeded", "unreported": the keyword set or taken off, as the audit log (and its CSV) names it. */
    private static String auditAction(String flag, boolean on) {
        return (on ? "" : "un") + flag.substring(1).toLowerCase(Locale.ROOT);
    }
}

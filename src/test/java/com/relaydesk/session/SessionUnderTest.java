package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The seller's mailbox session as the session tests open it: a cache file {@code seller.sqlite} in a
 * data directory, a {@link SyncedMailboxSession} on it that reaches the server through the test's
 * connector (GreenMail, Dovecot, or a proxy in front of one), and {@link #events} hearing how each sync
 * ended. {@link #open} runs nothing; {@link #start} or {@link #syncFirst} runs the first sync and waits
 * for it.
 */
public final class SessionUnderTest implements AutoCloseable {

    public static final String SELLER = "seller@example.org";

    public final AccountCache cache;
    public final SyncedMailboxSession session;
    public final SyncEvents events = new SyncEvents();
    private boolean closed;

    private SessionUnderTest(AccountCache cache, SyncedMailboxSession session) {
        this.cache = cache;
        this.session = session;
        session.addListener(events);
    }

    /** Opens the cache in {@code dataDir} and the session on it; nothing syncs until {@link #start} or {@link #syncFirst}. */
    public static SessionUnderTest open(Path dataDir, Supplier<MailBackend> connector) {
        AccountCache cache = AccountCache.open(dataDir.resolve("seller.sqlite"), SELLER);
        return new SessionUnderTest(cache, new SyncedMailboxSession("test", SELLER, cache, connector, Clock.systemUTC()));
    }

    /**
     * The seller's mailbox on {@code greenMail} as the main window's tests start from it: buyer
     * messages 1 to {@code buyerMessages} in INBOX, an empty Sent, and the first sync run by hand
     * ({@link #syncFirst}: nothing else uses the connection).
     */
    public static SessionUnderTest syncedOnGreenMail(Path dataDir, GreenMailExtension greenMail, int buyerMessages)
            throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessages(1, buyerMessages + 1));
        return open(dataDir, () -> GreenMailSeller.backend(greenMail)).syncFirst();
    }

    /** Starts the session as the app does (IDLE, the safety-net timer) and waits for its first sync. */
    SessionUnderTest start() throws InterruptedException {
        session.start();
        return firstSynced();
    }

    /**
     * Runs the first sync by hand and waits for it. The session is not started (no IDLE, no timer), so
     * nothing syncs unless the test asks and the sync connection is the test's alone.
     */
    public SessionUnderTest syncFirst() throws InterruptedException {
        session.syncNow();
        return firstSynced();
    }

    /** The first sync's outcome must be "synced" within 30 s; otherwise the session is closed and the test fails. */
    private SessionUnderTest firstSynced() throws InterruptedException {
        String outcome = events.next(30);
        if (!"synced".equals(outcome)) {
            close();  // the caller never gets this object to close
        }
        assertEquals("synced", outcome);
        return this;
    }

    /** The Response Needed list's first page, as the message list shows it. */
    List<MessageSummary> responseNeeded() {
        return session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50);
    }

    /** Closes the session (and with it the cache); once only, so a test may close it early and teardown again. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.close();
        }
    }
}

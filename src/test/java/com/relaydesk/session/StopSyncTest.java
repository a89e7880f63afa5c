package com.relaydesk.session;

import static com.relaydesk.mail.OlderMail.ONE_FETCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long work can be stopped: a first sync of years of mail takes minutes over the internet. Stop
 * ends the round at its next safe point, keeps what it stored, says "stopped" (not a failure), and
 * the next sync goes on from there.
 */
class StopSyncTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private SyncedMailboxSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    /** A mailbox whose first sync takes a while: 300 buyer messages in INBOX, an empty Sent; its cache, empty. */
    private AccountCache threeHundredBuyerMessages() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        for (int i = 0; i < 300; i++) {
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(i));
        }
        return AccountCache.open(dataDir.resolve("seller.sqlite"), "seller@example.org");
    }

    private SyncedMailboxSession session(AccountCache cache) {
        return new SyncedMailboxSession("test", "seller@example.org", cache, () -> GreenMailSeller.backend(greenMail),
                Clock.systemUTC());
    }

    @Test
    void aStoppedSyncKeepsWhatItStoredAndTheNextOneFinishesIt() throws Exception {
        AccountCache cache = threeHundredBuyerMessages();
        SyncEvents events = new SyncEvents();
        AtomicBoolean stopAsked = new AtomicBoolean();
        session = session(cache).newestFirst(50);
        session.addListener(events);
        session.addListener(new SessionListener() {
            @Override
            public void syncProgress(String folder, long done, long total) {
                if (done > 0 && stopAsked.compareAndSet(false, true)) {
                    session.stopSync();  // as the Stop link does, once the newest messages are in
                }
            }
        });

        session.start();

        assertEquals("stopped", events.next(30));
        int kept = cache.sync().cachedUids("INBOX").length;
        assertTrue(kept >= 50 && kept < 300, "the newest fifty stay, the rest was not fetched: " + kept);
        assertNull(events.next(2),
                "a sync asked for before the stop (IDLE's first connect) does not start it again at once");
        assertEquals(kept, cache.sync().cachedUids("INBOX").length);

        session.syncNow();

        assertEquals("synced", events.next(30));
        assertEquals(300, cache.sync().cachedUids("INBOX").length);
    }

    @Test
    void afterAStopNewMailStillComesButTheOlderMailWaitsUntilThePersonSyncsAgain() throws Exception {
        AccountCache cache = threeHundredBuyerMessages();
        SyncEvents events = new SyncEvents();
        AtomicBoolean stopAsked = new AtomicBoolean();
        session = session(cache).newestFirst(50).olderMailPerRound(ONE_FETCH).syncingEvery(Duration.ofSeconds(1));
        session.addListener(events);
        session.addListener(new SessionListener() {
            @Override
            public void newestSynced() {
                if (stopAsked.compareAndSet(false, true)) {
                    session.stopSync();  // the newest fifty are listed; Stop, while the older mail downloads
                }
            }
        });
        session.start();
        assertEquals("stopped", events.next(30));
        int kept = cache.sync().cachedUids("INBOX").length;
        assertTrue(kept >= 50 && kept < 300, "the newest fifty stay: " + kept);

        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(300));

        // the check every second (as new mail heard over IDLE would) brings the new message only
        assertEquals("synced, older mail stopped", events.next(30));
        assertEquals("synced, older mail stopped", events.next(30));
        assertEquals(kept + 1, cache.sync().cachedUids("INBOX").length, "the new message, no older one");
        assertTrue(cache.sync().newestWindowFrom("INBOX") > 0, "the older mail is still to come");

        session.syncNow();  // F5

        String outcome = events.next(30);
        while ("synced, older mail stopped".equals(outcome)) {
            outcome = events.next(30);  // a round that began before F5
        }
        assertEquals("synced", outcome);
        assertEquals(301, cache.sync().cachedUids("INBOX").length);
    }
}

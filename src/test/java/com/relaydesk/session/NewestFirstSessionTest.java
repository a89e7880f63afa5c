package com.relaydesk.session;

import static com.relaydesk.mail.OlderMail.ONE_FETCH;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.imap.SyncTuning;
import com.relaydesk.model.MessageSummary;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox just connected: the session stores each folder's newest messages first and says so,
 * and what the lists show then is the complete newest part of the mailbox; the first full sync
 * then brings the rest.
 */
class NewestFirstSessionTest {

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

    @Test
    void theNewestMessagesOfBothFoldersAreShownBeforeTheOlderOnesArrive() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        // Buyers 0-9 asked and were answered in turn; buyers 10 and 11 wait for an answer.
        Instant start = Instant.now().minusSeconds(86_400);
        for (int i = 0; i < 12; i++) {
            GreenMailFolders.appendAt(greenMail, "INBOX", start.plusSeconds(3_600L * i), TestMessages.buyerMessage(i));
            if (i < 10) {
                GreenMailFolders.appendAt(greenMail, "Sent", start.plusSeconds(3_600L * i + 600),
                        TestMessages.sellerReply(i));
            }
        }
        AccountCache cache = AccountCache.open(dataDir.resolve("seller.sqlite"), "seller@example.org");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        session = new SyncedMailboxSession("test", "seller@example.org", cache,
                () -> GreenMailSeller.backend(greenMail), Clock.systemUTC()).newestFirst(4);
        session.addListener(new SessionListener() {
            @Override
            public void newestSynced() {
                Map<MailboxView, Integer> counts = session.queries().counts();
                events.add("newest: all " + counts.get(MailboxView.ALL) + ", response needed "
                        + counts.get(MailboxView.RESPONSE_NEEDED));
            }

            @Override
            public void synced(Instant when) {
                Map<MailboxView, Integer> counts = session.queries().counts();
                events.add("synced: all " + counts.get(MailboxView.ALL) + ", response needed "
                        + counts.get(MailboxView.RESPONSE_NEEDED));
            }

            @Override
            public void failed(String message) {
                events.add("failed: " + message);
            }
        });

        session.start();

        // INBOX's newest four are buyers 8-11, Sent's are the answers to 6-9: shown are the messages
        // since buyer 8 wrote (buyers 8-11, answers 8 and 9), not the answers to 6 and 7 whose
        // questions are still on their way.
        String newest = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(newest);
        assertEquals("newest: all 6, response needed 2", newest);
        assertEquals("synced: all 22, response needed 2", events.poll(30, TimeUnit.SECONDS));
    }

    /**
     * Years of older mail take minutes over the internet: the session fetches it a part per round, and
     * a buyer who writes meanwhile is listed, and a reply sent meanwhile goes out, before it is all in.
     */
    @Test
    void newMailAndRepliesDoNotWaitForTheOlderMail() throws Exception {
        Instant start = Instant.now().minusSeconds(86_400 * 40);
        for (int i = 0; i < 30; i++) {
            GreenMailFolders.appendAt(greenMail, "INBOX", start.plusSeconds(86_400L * i), TestMessages.buyerMessage(i));
        }
        AccountCache cache = AccountCache.open(dataDir.resolve("seller.sqlite"), "seller@example.org");
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch synced = new CountDownLatch(1);
        String newBuyer = "buyer0000030@marketplace.amazon.com";
        String answered = "buyer0000029@marketplace.amazon.com";
        // five messages per FETCH, one FETCH of older mail per round: five rounds for the 25 older
        session = new SyncedMailboxSession("test", "seller@example.org", cache,
                () -> GreenMailSeller.backend(greenMail, new SyncTuning(5, 1 << 20, 5, 1 << 20, 100)), Clock.systemUTC())
                .newestFirst(5).olderMailPerRound(ONE_FETCH);
        session.addListener(new SessionListener() {
            @Override
            public void newestSynced() {
                if (events.isEmpty()) {
                    // the newest five are listed: a buyer writes, and the seller answers the newest one
                    try {
                        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(30));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    MessageSummary newest = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50).get(0);
                    session.replies().send(new ReplySender.Reply(newest.id(), newest.buyerAlias(), "Re: " + newest.subject(),
                            "It ships today.", List.of(), newest.orderId(), null));
                }
                events.add("older mail to come: " + state());
            }

            @Override
            public void synced(Instant when) {
                events.add("synced: " + state());
                synced.countDown();
            }

            private String state() {
                boolean listed = session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50).stream()
                        .anyMatch(m -> newBuyer.equals(m.buyerAlias()));
                try {
                    return (listed ? "new mail listed" : "new mail not listed") + ", reply "
                            + (GreenMailSeller.deliveredTo(greenMail, answered) == 1 ? "sent" : "not sent");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        session.start();

        assertTrue(synced.await(60, TimeUnit.SECONDS), events::toString);
        assertTrue(events.size() >= 5, "the older mail came in parts: " + events);
        assertEquals("older mail to come: new mail not listed, reply not sent", events.get(0));
        assertTrue(events.subList(1, events.size() - 2).contains("older mail to come: new mail listed, reply sent"),
                "listed and sent before the older mail was all in: " + events);
        assertEquals("synced: new mail listed, reply sent", events.get(events.size() - 1));
        assertEquals(31, session.queries().counts().get(MailboxView.ALL) - session.queries().counts().get(MailboxView.SENT));
    }
}

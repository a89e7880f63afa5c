package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SessionListener;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
import com.relaydesk.store.AccountCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
}

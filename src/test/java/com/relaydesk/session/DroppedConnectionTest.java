package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.SyncEvents;
import com.relaydesk.mail.CuttableProxy;
import com.relaydesk.mail.MailBackend;
import com.relaydesk.mail.MailException;
import com.relaydesk.mail.StoreCuttingProxy;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers log a quiet connection out (the demo relay's GreenMail after 30 s, Dovecot after 30
 * minutes) and NAT gateways forget one, sooner than RelayDesk asks before using it (a minute): the
 * mark, report or sync that comes next logs in again and is done; only a failure on the fresh
 * login too is reported. Without IDLE or the timer (the session is not started), so the sync
 * connection is used only by the test.
 */
class DroppedConnectionTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private final SyncEvents events = new SyncEvents();
    private SyncedMailboxSession session;

    @BeforeEach
    void mailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aMarkAndAReportAfterTheServerDroppedTheQuietConnectionLogInAgainAndAreDone() throws Exception {
        try (CuttableProxy server = new CuttableProxy(greenMail.getImap().getPort())) {
            open(() -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort()));
            List<MessageSummary> rows = responseNeeded();

            assertTrue(server.cutAll() > 0, "the server logs the quiet sync connection out");
            session.triage().markRead(rows.get(0).id(), true);
            assertEquals(1, seenOnServer());

            server.cutAll();
            session.triage().report(rows.get(1).id(), true);
            assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
            assertEquals(1, responseNeeded().size(), "the reported message left Response Needed");
        }
    }

    @Test
    void aSyncAfterTheServerDroppedTheQuietConnectionLogsInAgainInsteadOfFailing() throws Exception {
        try (CuttableProxy server = new CuttableProxy(greenMail.getImap().getPort())) {
            open(() -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort()));
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(3));

            server.cutAll();
            session.syncNow();

            assertEquals("synced", events.next(30), "F5 after a quiet while");
            assertEquals(3, responseNeeded().size());
        }
    }

    @Test
    void aReportThatFailsOnAFreshLoginTooFailsOnceAndTheNextSyncUsesANewConnection() throws Exception {
        try (StoreCuttingProxy server = new StoreCuttingProxy(greenMail.getImap().getPort())) {
            open(() -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort()));
            MessageSummary first = responseNeeded().get(0);

            server.armed(true);
            MailException e = assertThrows(MailException.class, () -> session.triage().report(first.id(), true));
            assertEquals(2, server.cuts(), "tried once more on a fresh login, then gave up: " + e.getMessage());
            assertEquals(0, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
            assertEquals(2, responseNeeded().size());

            server.armed(false);
            session.syncNow();
            assertEquals("synced", events.next(30), "the broken connection is not used again");
            session.triage().report(first.id(), true);
            assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        }
    }

    /** Opens the session and runs its first sync. */
    private void open(Supplier<MailBackend> connector) throws Exception {
        AccountCache cache = AccountCache.open(dataDir.resolve("seller.sqlite"), "seller@example.org");
        session = new SyncedMailboxSession("test", "seller@example.org", cache, connector, Clock.systemUTC());
        session.addListener(events);
        session.syncNow();
        assertEquals("synced", events.next(30));
    }

    private static long seenOnServer() {
        return GreenMailFolders.seenMessages(greenMail, "INBOX");
    }

    private List<MessageSummary> responseNeeded() {
        return session.queries().page(MailboxView.RESPONSE_NEEDED, null, 50);
    }
}

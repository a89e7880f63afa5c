package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.CuttableProxy;
import com.relaydesk.mail.StoreCuttingProxy;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import java.nio.file.Path;
import java.util.List;
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

    private SessionUnderTest app;

    @BeforeEach
    void mailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aMarkAndAReportAfterTheServerDroppedTheQuietConnectionLogInAgainAndAreDone() throws Exception {
        try (CuttableProxy server = new CuttableProxy(greenMail.getImap().getPort())) {
            app = SessionUnderTest.open(dataDir,
                    () -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort())).syncFirst();
            List<MessageSummary> rows = app.responseNeeded();

            assertTrue(server.cutAll() > 0, "the server logs the quiet sync connection out");
            app.session.triage().markRead(rows.get(0).id(), true);
            assertEquals(1, seenOnServer());

            server.cutAll();
            app.session.triage().report(rows.get(1).id(), true);
            assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
            assertEquals(1, app.responseNeeded().size(), "the reported message left Response Needed");
        }
    }

    @Test
    void aSyncAfterTheServerDroppedTheQuietConnectionLogsInAgainInsteadOfFailing() throws Exception {
        try (CuttableProxy server = new CuttableProxy(greenMail.getImap().getPort())) {
            app = SessionUnderTest.open(dataDir,
                    () -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort())).syncFirst();
            GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(3));

            server.cutAll();
            app.session.syncNow();

            assertEquals("synced", app.events.next(30), "F5 after a quiet while");
            assertEquals(3, app.responseNeeded().size());
        }
    }

    @Test
    void aReportThatFailsOnAFreshLoginTooWaitsAndTheNextSyncSetsItOnANewConnection() throws Exception {
        try (StoreCuttingProxy server = new StoreCuttingProxy(greenMail.getImap().getPort())) {
            app = SessionUnderTest.open(dataDir,
                    () -> GreenMailSeller.backend(server.port(), greenMail.getSmtp().getPort())).syncFirst();
            MessageSummary first = app.responseNeeded().get(0);

            server.armed(true);
            app.session.triage().report(first.id(), true); // no error for the seller: the mark waits
            assertEquals(2, server.cuts(), "tried once more on a fresh login, then kept it for later");
            assertEquals(0, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
            assertEquals(1, app.responseNeeded().size(), "reported here at once");
            assertEquals(1, app.cache.pendingMarks().count());

            server.armed(false);
            app.session.syncNow();
            assertEquals("synced", app.events.next(30), "the broken connection is not used again");
            assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"),
                    "the sync set the waiting mark on the server");
            assertEquals(0, app.cache.pendingMarks().count());
            assertEquals(1, app.responseNeeded().size());
        }
    }

    private static long seenOnServer() {
        return GreenMailFolders.seenMessages(greenMail, "INBOX");
    }
}

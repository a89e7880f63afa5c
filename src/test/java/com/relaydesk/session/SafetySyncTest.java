package com.relaydesk.session;

import static com.relaydesk.testing.Waits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MailboxView;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * GreenMail, like Exchange, does not tell an idling client that another client changed a flag: a
 * teammate's No Response Needed reached this desktop only with the next new mail or F5. The
 * session's safety-net sync brings it anyway (here every 300 ms instead of 5 minutes).
 */
class SafetySyncTest {

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private SessionUnderTest app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aTeammatesMarkThatIdleDoesNotReportArrivesWithTheSafetyNetSync() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        app = SessionUnderTest.open(dataDir, () -> GreenMailSeller.backend(greenMail));
        app.session.syncingEvery(Duration.ofMillis(300));
        app.start();
        assertEquals(2, app.session.queries().counts().get(MailboxView.RESPONSE_NEEDED));

        markOnTheServerAsAnotherDesktop("$NoResponseNeeded");
        waitUntil(() -> app.session.queries().counts().get(MailboxView.RESPONSE_NEEDED) == 1);
    }

    private void markOnTheServerAsAnotherDesktop(String keyword) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", greenMail.getImap().getPort(), "seller", "secret");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message first = inbox.getMessage(1);
            first.setFlags(new Flags(keyword), true);
            inbox.close(false);
        } finally {
            store.close();
        }
    }
}

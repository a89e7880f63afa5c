package com.relaydesk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.relaydesk.inbox.ReplySender;
import com.relaydesk.mail.BlackHoleProxy;
import com.relaydesk.mail.LoopbackProxy;
import com.relaydesk.mail.OutboxStore;
import com.relaydesk.mail.TestMessages;
import com.relaydesk.mail.imap.GreenMailFolders;
import com.relaydesk.mail.imap.GreenMailSeller;
import com.relaydesk.model.MessageSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NAT gateway or router that forgets a connection drops it silently: no FIN, no RST, the next
 * command just gets no answer. After the read timeout (two minutes in the app, one second here) the
 * mark, report or sync logs in again and is done, as after a connection the server closed
 * ({@link DroppedConnectionTest}). Without IDLE or the timer (the session is not started), so the
 * sync connection is used only by the test.
 */
class SilentlyDroppedConnectionTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    @RegisterExtension
    static GreenMailExtension greenMail = GreenMailSeller.imapAndSmtp(true);

    @TempDir
    Path dataDir;

    private SessionUnderTest app;
    private BlackHoleProxy router;

    @BeforeEach
    void mailbox() throws Exception {
        GreenMailFolders.create(greenMail, "Sent");
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(1), TestMessages.buyerMessage(2));
        router = new BlackHoleProxy(greenMail.getImap().getPort());
        app = SessionUnderTest.open(dataDir,
                () -> GreenMailSeller.backend(router.port(), greenMail.getSmtp().getPort(), READ_TIMEOUT)).syncFirst();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
        router.close();
    }

    @Test
    void aMarkAndAReportOnAConnectionTheRouterForgotLogInAgainAndAreDone() {
        List<MessageSummary> rows = app.responseNeeded();

        assertTrue(router.silenceAll() > 0, "the router forgets the sync connection");
        app.session.triage().markRead(rows.get(0).id(), true);
        assertEquals(1, seenOnServer());

        router.silenceAll();
        app.session.triage().report(rows.get(1).id(), true);
        assertEquals(1, GreenMailFolders.messagesWithKeyword(greenMail, "INBOX", "$Reported"));
        assertEquals(1, app.responseNeeded().size(), "the reported message left Response Needed");
    }

    @Test
    void aSyncOnAConnectionTheRouterForgotLogsInAgainInsteadOfFailing() throws Exception {
        GreenMailFolders.append(greenMail, "INBOX", TestMessages.buyerMessage(3));

        router.silenceAll();
        app.session.syncNow();

        assertEquals("synced", app.events.next(30), "F5 after the router forgot the connection");
        assertEquals(3, app.responseNeeded().size());
    }

    @Test
    void aReplyWhoseSubmissionGotNoAnswerIsHeldForTheSellerNotSubmittedAgain() throws Exception {
        app.close();
        AtomicBoolean armed = new AtomicBoolean(true);
        // the router forgets every connection the moment the reply's last line has gone to the SMTP server:
        // the server takes the reply, but its "250 OK" never comes back, nor any IMAP answer
        try (LoopbackProxy smtp = new LoopbackProxy(greenMail.getSmtp().getPort(), client -> {
            AtomicBoolean silent = new AtomicBoolean();
            LoopbackProxy.Copy toServer = (in, out) -> {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                    if (new String(buffer, 0, n, StandardCharsets.US_ASCII).endsWith("\r\n.\r\n") && armed.getAndSet(false)) {
                        silent.set(true);
                        router.silenceAll();
                    }
                }
            };
            LoopbackProxy.Copy toClient = (in, out) -> {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (!silent.get()) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            };
            return new LoopbackProxy.Directions(toServer, toClient);
        })) {
            dataDir = dataDir.resolve("again");
            java.nio.file.Files.createDirectories(dataDir);
            app = SessionUnderTest.open(dataDir,
                    () -> GreenMailSeller.backend(router.port(), smtp.port(), READ_TIMEOUT)).syncFirst();
            MessageSummary question = app.responseNeeded().get(0);

            app.session.replies().send(new ReplySender.Reply(question.id(), question.buyerAlias(),
                    "Re: " + question.subject(), "It ships today.", List.of(), question.orderId(), null));

            assertEquals("synced", app.events.next(30), "the round logged in again for IMAP");
            assertEquals(1, GreenMailSeller.deliveredTo(greenMail, question.buyerAlias()),
                    "but did not hand the reply to the SMTP server a second time");
            String told = app.events.next(5);
            assertTrue(told != null && told.startsWith("not sent") && told.contains("held")
                    && told.contains("may have it already"), String.valueOf(told));
            OutboxStore.Entry held = app.session.outbox().get(0);
            assertEquals(OutboxStore.State.HELD, held.state());
            assertTrue(held.unconfirmed(), "held because the server never confirmed it, not for a teammate's answer");

            app.session.syncNow();
            assertEquals("synced", app.events.next(30), "the next round, on a connection that answers");
            assertEquals(1, GreenMailSeller.deliveredTo(greenMail, question.buyerAlias()),
                    "GreenMail files nothing in Sent, so only the seller can tell: still not submitted again");
            assertEquals(OutboxStore.State.HELD, app.session.outbox().get(0).state());
        }
    }

    private static long seenOnServer() {
        return GreenMailFolders.seenMessages(greenMail, "INBOX");
    }
}
